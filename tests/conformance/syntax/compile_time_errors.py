cases = [
    "def f():\n    x = 1\n    global x\n",
    "def f(a):\n    global a\n",
    "nonlocal x\n",
    "def f():\n    nonlocal y\n",
    "return 1\n",
    "yield 1\n",
    "break\n",
    "continue\n",
    "def f():\n    print(x)\n    global x\n",
    "class C:\n    [y := 1 for _ in range(2)]\n",
    "[i := 0 for i in range(2)]\n",
    "f(a=1, a=2)\n",
    "def f():\n    x: int\n    global x\n",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case 1 | a:\n        pass\n",
    "async def f():\n    yield from g()\n",
    "def f():\n    await x\n",
    "x = [await y for y in z]\n",
    "a, *b, *c = d\n",
    "from m import *\ndef f():\n    from m import *\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src[:20]))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
