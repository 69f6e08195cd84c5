# class body scoping rules
x = "global"
class C:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    lst = [x for _ in range(1)]
    gen_first = [i for i in [x]]
    lam = lambda self: x
print(C.y, C().method(), C.lst, C.gen_first, C().lam())
def f():
    z = "enclosing"
    class D:
        z = "class z"
        def get(self): return z
        w = z
    return D
D = f()
print(D().get(), D.w)
def g():
    v = "enclosing v"
    class E:
        try:
            print("in body:", v)
        except NameError as e:
            print(type(e).__name__, e)
        v = "class v"
        print("after assign:", v)
    return E
print(g().v)
def h():
    n = "free"
    class F:
        m = n
        def get(self): return n
    return F
print(h().m, h()().get())
# names in class body not visible to nested classes
class Outer:
    a = 1
    class Inner:
        try:
            b = a
        except NameError as e:
            b = f"NameError {e}"
print(Outer.Inner.b)
# __qualname__ / __module__ can be overridden in the body
class Q:
    __qualname__ = "Custom.Q"
    __module__ = "custom_mod"
print(Q.__qualname__, Q.__module__, repr(Q))
# locals() in class body
class L:
    a = 1
    b = 2
    snapshot = sorted(k for k in locals() if not k.startswith("__"))
print(L.snapshot)
# global / nonlocal in class body
counter = 0
class G:
    global counter
    counter += 1
print(counter)
def outer_nl():
    val = 1
    class N:
        nonlocal val
        val = 2
    return val
print(outer_nl())
