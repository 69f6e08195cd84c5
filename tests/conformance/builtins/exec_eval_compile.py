x = 5
print(eval("x + 1"), eval("  y * 2", {"y": 4}))
exec("z = x * 3")
print(z)
g = {}
exec("def f(a):\n    return a * 2\nr = f(21)", g)
print(g["r"], sorted(k for k in g if k != "__builtins__"))
c = compile("1 + 2", "<s>", "eval")
print(eval(c))
try:
    compile("1 +", "<s>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    compile("x = (", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e)
def h():
    a = 1
    return eval("a + 1")
print(h())
try:
    eval("foo")
except NameError as e:
    print(e)
try:
    compile("not " * 150000 + "x", "<s>", "eval")
except MemoryError as e:
    print("MemoryError", repr(e))
try:
    compile("+".join(["x"] * 150000), "<s>", "eval")
except RecursionError as e:
    print("RecursionError", e)
try:
    compile("(" * 201 + ")" * 201, "<s>", "eval")
except SyntaxError as e:
    print("SyntaxError", e)
