import argparse
import os

os.environ.pop("COLUMNS", None)

p = argparse.ArgumentParser(prog="tool", description="A test tool that does many things, "
                            "described in a sentence long enough to need wrapping at the width.",
                            epilog="See the manual for %(prog)s for more.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-n", "--num", type=int, default=3, help="a number of type %(type)s")
p.add_argument("--name", dest="who", metavar="NAME", help="who")
p.add_argument("-q", action="store_true")
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="one of %(choices)s")
p.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True, help="toggle")
p.add_argument("--pair", nargs=2, metavar=("K", "V"), help="key and value")
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--many", nargs="*", help="zero or more")
p.add_argument("--some", nargs="+", help="one or more")
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("--a-very-long-option-name-indeed", metavar="VALUE",
               help="this help text is long enough that it must be wrapped onto several lines "
                    "by the formatter, since the width is limited")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
g = p.add_argument_group("extra", "Extra options for things.")
g.add_argument("--extra1", help="e1")
g.add_argument("--extra2", type=float)
m = p.add_mutually_exclusive_group()
m.add_argument("--red", action="store_true")
m.add_argument("--blue", action="store_true")
p.print_help()
print("----")
p.print_usage()
print(repr(p.format_usage()))
try:
    p.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)

print("---- required mutex")
r = argparse.ArgumentParser(prog="r")
mx = r.add_mutually_exclusive_group(required=True)
mx.add_argument("-a", action="store_true")
mx.add_argument("-b", type=int)
r.add_argument("files", nargs="*")
r.add_argument("rest", nargs=argparse.REMAINDER)
r.print_help()

print("---- long usage wrap")
w = argparse.ArgumentParser(prog="a-program-with-a-long-name")
for i in range(12):
    w.add_argument("--option-%d" % i, metavar="VALUE%d" % i)
w.add_argument("input_file")
w.add_argument("output_file", nargs="+")
w.print_usage()
w2 = argparse.ArgumentParser(prog="x" * 60)
for i in range(5):
    w2.add_argument("--opt%d" % i)
w2.add_argument("pos1")
w2.add_argument("pos2")
w2.print_usage()
w3 = argparse.ArgumentParser(prog="short")
for i in range(8):
    w3.add_argument("positional_number_%d" % i)
w3.print_usage()

print("---- formatters")
text = """First line.
    indented line

Second   paragraph   with   spaces."""
for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter,
            argparse.MetavarTypeHelpFormatter):
    f = argparse.ArgumentParser(prog="fmt", description=text, epilog=text, formatter_class=cls)
    f.add_argument("--x", type=int, default=5, help="x value\n  second line")
    f.add_argument("--y", type=str, help="no default shown")
    f.add_argument("z", type=str, nargs="?", default="zz", help="zed")
    f.add_argument("--w", type=str, default=argparse.SUPPRESS, help="suppressed default")
    print("==", cls.__name__)
    f.print_help()

print("---- subparsers")
s = argparse.ArgumentParser(prog="git")
s.add_argument("--debug", action="store_true")
sub = s.add_subparsers(dest="command", help="sub-command help")
c1 = sub.add_parser("commit", help="record changes", aliases=["ci"])
c1.add_argument("-m", "--message")
c2 = sub.add_parser("push", help="send changes")
c2.add_argument("remote")
c3 = sub.add_parser("hidden")
s.print_help()
c1.print_help()
c2.print_usage()
print(s.parse_args(["commit", "-m", "hi"]))
print(s.parse_args(["--debug", "ci"]))
print(s.parse_args(["push", "origin"]))
print(s.parse_args([]))

s2 = argparse.ArgumentParser(prog="s2")
sp = s2.add_subparsers(title="commands", description="available commands", metavar="CMD", required=True)
a = sp.add_parser("add", help="add things")
a.add_argument("x", type=int)
a.set_defaults(func="adder")
sp.add_parser("rm", help="remove")
s2.print_help()
print(s2.parse_args(["add", "3"]))

print("---- usage and help params")
u = argparse.ArgumentParser(prog="u", usage="%(prog)s [opts] FILE", add_help=False)
u.add_argument("file")
u.print_help()
u2 = argparse.ArgumentParser(prog="u2", description="desc")
u2.print_help()
u3 = argparse.ArgumentParser(prog="u3", formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=60))
u3.add_argument("--thing", help="a fairly long help string that will be wrapped at sixty columns wide")
u3.add_argument("--some-longer-option", help="short")
u3.print_help()
os.environ["COLUMNS"] = "50"
u4 = argparse.ArgumentParser(prog="u4", description="Fifty columns should make this description wrap differently than eighty.")
u4.add_argument("--alpha", help="alpha help that is quite long and wraps")
u4.add_argument("--beta-gamma-delta", metavar="BGD", help="another")
u4.print_help()
os.environ["COLUMNS"] = "120"
u4.print_help()
del os.environ["COLUMNS"]
