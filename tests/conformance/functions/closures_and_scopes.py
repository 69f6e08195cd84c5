x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); c(); print(c())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])
def g():
    global gv
    gv = 42
g(); print(gv)
class C:
    y = 1
    z = [y for _ in range(2)] if False else None
    def m(self):
        return y if False else C.y
print(C().m())
def shadow():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
shadow()
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3()
        return l2()
    return l1()
print(deep())
print((lambda: (lambda: x)())())
def gen_closure():
    v = 10
    return (v + i for i in range(3))
print(list(gen_closure()))
def nonlocal_del():
    q = 1
    def d():
        nonlocal q
        del q
    d()
    try:
        print(q)
    except NameError as e:
        print(type(e).__name__, e)
nonlocal_del()
