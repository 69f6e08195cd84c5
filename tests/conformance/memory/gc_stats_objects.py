# gc.get_stats() has one dict per generation; get_objects returns tracked objects.
import gc

stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats])
marker = ["marker"]
print(any(o is marker for o in gc.get_objects()))
big = 12345 * 1000
print(any(o is big for o in gc.get_objects()))
print(gc.is_finalized(marker))
