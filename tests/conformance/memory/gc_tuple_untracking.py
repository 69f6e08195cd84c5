# Tuples holding only untracked objects are untracked by the collector.
import gc

t = tuple([1, 2, "x"])
u = tuple([[], 1])
print(gc.is_tracked(t), gc.is_tracked(u))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u))
print(gc.is_tracked(()), gc.is_tracked((1, 2)))
