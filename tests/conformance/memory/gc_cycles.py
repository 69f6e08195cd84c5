# The cycle collector: cycles are found and freed by gc.collect() (which returns how
# many unreachable objects it found), __del__ in cycles runs once (PEP 442),
# resurrection, weakref callbacks, generations and the module's controls.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


gc.collect()
a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
wa = weakref.ref(a, lambda r: print("weakref callback, referent", r()))
del a, b
print("before collect:", wa() is not None)
print("collected:", gc.collect())
print("after collect:", wa())

lst = []
lst.append(lst)
del lst
print("self-referencing list:", gc.collect())

d = {}
d["self"] = d
del d
print("self-referencing dict:", gc.collect())


class WithDel:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "sees", self.other.name)


x, y = WithDel("x"), WithDel("y")
x.other, y.other = y, x
del x, y
print("with __del__:", gc.collect())
print("nothing left:", gc.collect())

saved = []


class Phoenix:
    def __del__(self):
        print("resurrected once")
        saved.append(self)


p = Phoenix()
p.me = p
del p
print("resurrection:", gc.collect(), len(saved), gc.is_finalized(saved[0]))
saved.clear()
print("second death:", gc.collect())


def make_closure_cycle():
    def inner():
        return inner
    return inner


f = make_closure_cycle()
del f
print("function/cell cycle:", gc.collect() > 0)


def gen():
    this = yield
    try:
        yield 1
    finally:
        print("generator finally ran")


g = gen()
next(g)
g.send(g)  # the generator's frame now references the generator
del g
print("generator cycle:", gc.collect())

print(gc.isenabled(), gc.get_threshold(), len(gc.get_count()))
gc.disable()
print(gc.isenabled())
gc.enable()
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"k": []}), gc.is_tracked(Node("n")))
target = [1, 2]
holder = {"key": target}
print(any(r is holder for r in gc.get_referrers(target)))
print(sorted(map(repr, gc.get_referents(holder))))
print(type(gc.get_objects()).__name__, len(gc.get_stats()), gc.garbage)
try:
    gc.collect(5)
except ValueError as e:
    print("ValueError:", e)
events = []
gc.callbacks.append(lambda phase, info: events.append((phase, info["generation"])))
gc.collect()
gc.callbacks.clear()
print(events)
print(gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
