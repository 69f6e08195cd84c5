import argparse
import sys

sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog="tool", description="A test tool.")
p.add_argument("src")
p.add_argument("dst", nargs="?", default="out.txt")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-n", "--num", type=int, default=3)
p.add_argument("--name", dest="who", metavar="NAME")
p.add_argument("-q", action="store_true")
p.add_argument("--no-color", action="store_false", dest="color")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("-I", action="append", dest="includes")
p.add_argument("--tag", action="append_const", const="t", dest="tags")
p.add_argument("--ext", action="extend", nargs="+", type=int)
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True)
p.add_argument("--pair", nargs=2)
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--many", nargs="*")

for argv in [
    ["a"],
    ["a", "b", "-vvv", "-n", "7"],
    ["-v", "a", "--verbose", "b"],
    ["a", "--num=12", "--name", "bob", "-q", "--no-color"],
    ["a", "-n5", "-qv"],
    ["a", "-I", "x", "-Iy", "-I=z", "--tag", "--tag"],
    ["a", "--ext", "1", "2", "--ext", "3"],
    ["a", "--mode", "slow", "--no-flag", "--const"],
    ["a", "--pair", "x", "y", "--opt"],
    ["a", "--opt", "val", "--many"],
    ["a", "--many", "1", "2", "3"],
    ["--", "-x"],
    ["a", "--", "-b"],
    ["a", "--nu", "4", "--verb"],
]:
    try:
        ns = p.parse_args(argv)
    except SystemExit as e:
        print(argv, "-> exit", e.code)
    else:
        print(argv, "->", ns)

ns, rest = p.parse_known_args(["a", "--unknown", "b", "c", "-z"])
print(ns, rest)

ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(b="x", a=1), "a" in ns, vars(ns))
print(repr(argparse.Namespace()))
print(argparse.Namespace(**{"weird-name": 1, "ok": 2}))

# remainder and positional interleaving
q = argparse.ArgumentParser(prog="run")
q.add_argument("cmd")
q.add_argument("args", nargs=argparse.REMAINDER)
q.add_argument("--x")
print(q.parse_args(["--x", "1", "ls", "-l", "--x", "2"]))

r = argparse.ArgumentParser(prog="r")
r.add_argument("first", nargs="+")
r.add_argument("last")
r.add_argument("-o")
print(r.parse_args(["1", "2", "3", "-o", "x"]))
print(r.parse_args(["1", "-o", "x", "2"]))
r2 = argparse.ArgumentParser(prog="r2")
r2.add_argument("xs", nargs="*", type=int, default=[9])
r2.add_argument("-k", type=float)
print(r2.parse_args([]), r2.parse_args(["1", "2", "-k", "2.5"]))
r3 = argparse.ArgumentParser(prog="r3")
r3.add_argument("a", nargs=2)
r3.add_argument("b", nargs=3, type=int)
print(r3.parse_args("x y 1 2 3".split()))

# defaults
d = argparse.ArgumentParser(prog="d", argument_default=argparse.SUPPRESS)
d.add_argument("--foo")
d.add_argument("--bar", default=5)
print(d.parse_args([]), d.parse_args(["--foo", "1"]))
e = argparse.ArgumentParser(prog="e")
e.add_argument("--foo", type=int, default="10")
e.set_defaults(extra="yes", foo=3)
print(e.parse_args([]), e.get_default("foo"), e.get_default("extra"))
e.add_argument("--lst", default=[], action="append")
print(e.parse_args(["--lst", "a"]))
ns = argparse.Namespace(foo=100)
print(e.parse_args([], namespace=ns) is ns, ns)

# negative numbers
n = argparse.ArgumentParser(prog="n")
n.add_argument("-x", type=float)
n.add_argument("val", type=int)
print(n.parse_args(["-x", "-1.5", "-3"]))

# prefix chars
pc = argparse.ArgumentParser(prog="pc", prefix_chars="+/")
pc.add_argument("+f", action="store_true")
pc.add_argument("++bar")
pc.add_argument("/baz")
print(pc.parse_args(["+f", "++bar", "Y", "/baz", "Z"]))

# type callables
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError("%r is not even" % s)
    return v
t = argparse.ArgumentParser(prog="t")
t.add_argument("--e", type=even)
t.add_argument("--c", type=complex)
print(t.parse_args(["--e", "4", "--c", "1+2j"]))

# repr of actions and parser
a = p._actions[1]
print(repr(a))
print(repr(p))
print(repr(argparse.FileType("w")), repr(argparse.FileType("rb", encoding="utf8")))

# parents
base = argparse.ArgumentParser(add_help=False)
base.add_argument("--shared", default="s")
child = argparse.ArgumentParser(prog="child", parents=[base])
child.add_argument("pos")
print(child.parse_args(["p", "--shared", "v"]))

# conflict resolution
cr = argparse.ArgumentParser(prog="cr", conflict_handler="resolve")
cr.add_argument("-f", "--foo", help="old")
cr.add_argument("--foo", help="new")
print(cr.parse_args(["-f", "1", "--foo", "2"]))
cr.print_help()

# intermixed
im = argparse.ArgumentParser(prog="im")
im.add_argument("--foo")
im.add_argument("cmd")
im.add_argument("rest", nargs="*", type=int)
print(im.parse_intermixed_args("doit 1 --foo bar 2 3".split()))
print(im.parse_known_args("doit 1 --foo bar 2 3".split()))
