import fnmatch
import glob
import os

pats = ["*", "*.txt", "?", "a?c", "[abc]", "[!abc]", "[a-z]*", "[!a-z]", "[]]", "[!]]", "[", "[!",
        "a[", "[a-]", "[-a]", "[z-a]", "[a-c-e]", "[\\]", "[a\\-z]", "*a*b*c", "**x", "a*b*",
        "[&&]", "[~|]", "[^x]", "[[]", "x.y+z(1)", "[!!]", "[!-]", "[a-b-c-d]", "\\*", "[]-]",
        "[--]", "[---]", "[b-a]", "[!b-a]", "[a-ab-b]", "", "ü*", "a\nb"]
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))

names = ["a.txt", "b.py", "abc", "a", "Z", "]", "-", "x.y+z(1)", "readme.TXT", ".hidden", "a\nb", "ab/c"]
for p in ["*.txt", "*.TXT", "?", "[a-c]*", "[!a-c]*", "[]]", "[-]", "x.y+z(?)", "*b*", "a*", "*/*", "*"]:
    print(p, fnmatch.filter(names, p), [fnmatch.fnmatch(n, p) for n in names[:4]],
          fnmatch.fnmatchcase("readme.TXT", p))
print(fnmatch.fnmatch(b"abc.txt", b"*.txt"), fnmatch.filter([b"x.py", b"y.c"], b"*.py"))
print(fnmatch.translate("*a*b"), fnmatch.fnmatch("xxaxxbxb", "*a*b"), fnmatch.fnmatch("aaaaaaaaaaaaaaaaaaaaaaaaaaaaac", "*a*a*a*a*a*a*a*b"))

base = "_fnmatch_glob_tmp"


def rmtree(p):
    if os.path.isdir(p) and not os.path.islink(p):
        for n in os.listdir(p):
            rmtree(os.path.join(p, n))
        os.rmdir(p)
    else:
        os.remove(p)


if os.path.exists(base):
    rmtree(base)
for d in ["", "sub", "sub/deep", "other", ".hid"]:
    os.mkdir(os.path.join(base, d))
for f in ["a.txt", "b.txt", "c.py", "sub/d.txt", "sub/deep/e.txt", "other/f.py", ".hid/g.txt",
          ".dot.txt", "we[ir]d.txt", "sub/deep/.x.txt"]:
    with open(os.path.join(base, f), "w") as fh:
        fh.write("x")
try:
    for pat in ["*.txt", "*", "*/*.txt", "*/", "**/*.txt", "**", "sub/**", "[ab].txt", "?.py",
                "nope*", "a.txt", "missing.txt", "sub", "sub/", "*/deep/*", "we[[]ir]d.txt", ".*"]:
        full = os.path.join(base, pat)
        print(pat, sorted(glob.glob(full)), sorted(glob.glob(full, recursive=True)))
    print(sorted(glob.glob("**/*.txt", root_dir=base, recursive=True)))
    print(sorted(glob.glob("*", root_dir=base, include_hidden=True)))
    print(sorted(glob.glob("**", root_dir=base, recursive=True, include_hidden=True)))
    print(sorted(glob.iglob(base + "/*.py")), type(glob.iglob("*")).__name__ in ("generator", "chain"))
    print(glob.escape("we[ir]d?*.txt"), glob.has_magic("a*"), glob.has_magic("abc"), glob.escape(b"x*"))
    print(glob.glob(""), glob.glob("**", recursive=True) == glob.glob("**", recursive=True))
finally:
    rmtree(base)
