import getopt
import os

os.environ.pop("POSIXLY_CORRECT", None)
cases = [
    (["-a", "-b", "val", "file"], "ab:", []),
    (["-abval", "-c", "x"], "ab:c", []),
    (["-a", "--", "-b"], "ab", []),
    (["-", "-a"], "a", []),
    (["--alpha", "--beta=3", "--gam", "x", "rest"], "", ["alpha", "beta=", "gamma="]),
    (["--al", "f"], "", "alpha"),
    (["file", "-a"], "a", []),
    (["--beta", "", "z"], "", ["beta="]),
]
for args, short, long in cases:
    print(getopt.getopt(args, short, long), getopt.gnu_getopt(args, short, long))
print(getopt.gnu_getopt(["x", "-a", "y", "--long", "z", "--", "-b"], "ab", ["long"]))
print(getopt.gnu_getopt(["x", "-a", "y"], "+a"))
os.environ["POSIXLY_CORRECT"] = "1"
print(getopt.gnu_getopt(["x", "-a", "y"], "a"))
del os.environ["POSIXLY_CORRECT"]
for args, short, long in [(["-x"], "a", []), (["-b"], "ab:", []), (["--nope"], "", ["yes"]),
                          (["--al"], "", ["alpha", "also"]), (["--alpha=1"], "", ["alpha"]),
                          (["--beta"], "", ["beta="]), (["-:"], "a:", [])]:
    try:
        getopt.getopt(args, short, long)
    except getopt.GetoptError as e:
        print(type(e).__name__, str(e), repr(e.opt), repr(e.msg), e.args)
print(getopt.error is getopt.GetoptError, repr(getopt.GetoptError("m", "o")))
