# gc.freeze moves every tracked object to a permanent generation the collector
# ignores; unfreeze puts them back.
import gc
import weakref


class Node:
    pass


gc.collect()
n = Node()
n.me = n
w = weakref.ref(n)
del n
gc.freeze()
print(gc.get_freeze_count() > 0)
print("collected while frozen:", gc.collect(), w() is not None)
gc.unfreeze()
print(gc.get_freeze_count())
print("collected after unfreeze:", gc.collect(), w())
