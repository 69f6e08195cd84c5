import argparse
import contextlib
import io
import sys


def attempt(parser, argv):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            ns = parser.parse_args(argv)
    except SystemExit as e:
        print(argv, "exit", e.code)
        print(err.getvalue(), end="")
        print(out.getvalue(), end="")
    else:
        print(argv, "->", ns)


p = argparse.ArgumentParser(prog="prog")
p.add_argument("x")
p.add_argument("--n", type=int)
p.add_argument("--f", type=float)
p.add_argument("--mode", choices=["a", "b"])
p.add_argument("--num", choices=[1, 2], type=int)
p.add_argument("--verbose", action="store_true")
p.add_argument("--version", action="store_true")
p.add_argument("--pair", nargs=2)
p.add_argument("--some", nargs="+")
p.add_argument("-c", action="count")
for argv in [[], ["--n", "x", "a"], ["a", "--n", "x"], ["a", "--f", "nan?"], ["a", "--mode", "c"],
             ["a", "--num", "3"], ["a", "--num", "z"], ["a", "b", "c"], ["a", "--zzz"], ["a", "--ver"],
             ["a", "--n"], ["a", "--pair", "1"], ["a", "--some"], ["a", "--verbose=3"], ["a", "-cx"],
             ["a", "-h"], ["--n", "1"], ["a", "--n", "-5"], ["a", "--n=-5"], ["-5"]]:
    attempt(p, argv)

q = argparse.ArgumentParser(prog="q")
g = q.add_mutually_exclusive_group()
g.add_argument("--foo", action="store_true")
g.add_argument("--bar", action="store_false")
q.add_argument("a", nargs=2)
q.add_argument("b", nargs="+")
attempt(q, ["--foo", "--bar", "1", "2", "3"])
attempt(q, ["1"])
attempt(q, ["1", "2"])
attempt(q, ["--foo", "--foo", "1", "2", "3"])

rq = argparse.ArgumentParser(prog="rq")
gg = rq.add_mutually_exclusive_group(required=True)
gg.add_argument("--one", type=int)
gg.add_argument("--two", action="store_true")
gg.add_argument("--three", help=argparse.SUPPRESS)
attempt(rq, [])
attempt(rq, ["--one", "1", "--two"])

req = argparse.ArgumentParser(prog="req")
req.add_argument("--must", required=True)
req.add_argument("pos", metavar="POSITION")
attempt(req, [])

neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("-1", dest="one", action="store_true")
neg.add_argument("x", nargs="?")
attempt(neg, ["-1"])
attempt(neg, ["-2"])

s = argparse.ArgumentParser(prog="s")
sp = s.add_subparsers(dest="cmd", required=True)
sp.add_parser("go").add_argument("--fast", action="store_true")
sp.add_parser("stop")
attempt(s, [])
attempt(s, ["fly"])
attempt(s, ["go", "--slow"])
attempt(s, ["go", "--fast", "extra"])
s2 = argparse.ArgumentParser(prog="s2")
sp2 = s2.add_subparsers(required=True)
sp2.add_parser("one")
attempt(s2, [])

amb = argparse.ArgumentParser(prog="amb")
amb.add_argument("--apple")
amb.add_argument("--apricot")
amb.add_argument("--banana")
attempt(amb, ["--ap", "1"])
attempt(amb, ["--b", "1"])
attempt(amb, ["--apple=1", "--apr=2"])
noab = argparse.ArgumentParser(prog="noab", allow_abbrev=False)
noab.add_argument("--apple")
attempt(noab, ["--app", "1"])

noexit = argparse.ArgumentParser(prog="noexit", exit_on_error=False)
noexit.add_argument("--n", type=int)
try:
    noexit.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name, "|", e.message)

for kwargs in [dict(action="store", nargs=0), dict(action="append", nargs=0), dict(action="bogus"),
               dict(type="int"), dict(nargs=2, metavar=("A",)), dict(const=1)]:
    try:
        argparse.ArgumentParser(prog="bad").add_argument("--x", **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    argparse.ArgumentParser().add_argument("x", required=True)
except TypeError as e:
    print("TypeError", e)
try:
    argparse.ArgumentParser().add_argument("x", dest="y")
except ValueError as e:
    print("ValueError", e)
try:
    pp = argparse.ArgumentParser()
    pp.add_argument("--dup")
    pp.add_argument("--dup")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
try:
    argparse.ArgumentParser(prog="b").add_argument("x-", "y")
except ValueError as e:
    print("ValueError", e)

p.error("final failure")
