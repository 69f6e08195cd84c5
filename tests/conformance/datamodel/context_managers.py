# __enter__/__exit__ protocol details
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("hidden")
print("after suppress")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with CM("x") as x, CM("y") as y:
    print(x, y)
with (CM("p") as p, CM("q")):
    print(p)
# return truthy non-bool suppresses
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    1 / 0
print("suppressed by truthy")
# exit sees exception raised in enter of later manager
class FailEnter:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a): print("never")
try:
    with CM("outer"), FailEnter():
        print("never body")
except RuntimeError as e:
    print(type(e).__name__, e)
# missing methods
class NoExit:
    def __enter__(self): return 1
class NoEnter:
    def __exit__(self, *a): pass
for obj in (NoExit(), NoEnter(), 5):
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
# __exit__ raising replaces exception
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("orig")
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
# break/continue/return inside with
def f():
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    with CM("ret"):
        return "returned"
print(f())
# enter/exit looked up on the type
class Plain: pass
p = Plain()
p.__enter__ = lambda: 1
p.__exit__ = lambda *a: None
try:
    with p: pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
