cases = [
    ("not " * 150000 + "x", "eval"),
    ("(" * 201 + ")" * 201, "eval"),
    ("(" * 200 + ")" * 200, "eval"),
    ("+".join(["x"] * 150000), "eval"),
    ("-" * 150000 + "x", "eval"),
    ("[" * 100 + "]" * 100, "eval"),
]
for src, mode in cases:
    try:
        compile(src, "<s>", mode)
        print("ok")
    except BaseException as e:
        print(type(e).__name__, e, getattr(e, "lineno", None), getattr(e, "offset", None))
s = ""
for i in range(101):
    s += " " * i + "if 1:\n"
s += " " * 101 + "pass\n"
try:
    compile(s, "<s>", "exec")
except IndentationError as e:
    print(type(e).__name__, e)
