# DEBUG_SAVEALL puts collected objects in gc.garbage instead of freeing them.
import gc

print(gc.get_debug())
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
a = ["a"]
b = ["b", a]
a.append(b)
del a, b
print(gc.collect())
print(len(gc.garbage), sorted(x[0] for x in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(), gc.garbage)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
