# gc.get_referents lists the objects a container refers to directly.
import gc

lst = [1, "two", None]
print(gc.get_referents(lst))
t = (1, 2, [3])
print(gc.get_referents(t))
d = {"k": "v", "n": 1}
print(sorted(map(repr, gc.get_referents(d))))
print(gc.get_referents(1), gc.get_referents("s"))
s = {5}
print(gc.get_referents(s))
print(len(gc.get_referents(lst, t)))
print(gc.get_referents())
