cases = ['print("a" "b" 1)', "f(a b)", "x = [1 2 3]", "foo(x y=3)", 'd = {"a": 1 "b": 2}', "f(a.b c.d)",
         "if x y: pass", "while True print(1)", "if x\n    pass", "def f()\n    pass"]
for src in cases:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_offset)
