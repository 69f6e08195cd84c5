# With the collector disabled cycles are not freed automatically; gc.collect()
# still works; enable() turns automatic collection back on.
import gc
import weakref


class Node:
    pass


print(gc.isenabled())
gc.disable()
print(gc.isenabled())
n = Node()
n.me = n
w = weakref.ref(n)
del n
junk = [[i] for i in range(20000)]
del junk
print("alive while disabled:", w() is not None)
print(gc.collect() >= 1, w())
gc.enable()
print(gc.isenabled())
m = Node()
m.me = m
w2 = weakref.ref(m)
del m
junk = [Node() for i in range(20000)]
del junk
print("freed automatically:", w2() is None)
