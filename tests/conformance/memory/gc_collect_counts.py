# gc.collect() returns the number of unreachable objects found, for simple cycles.
import gc


class Node:
    pass


gc.collect()
a = []
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())
x = Node()
y = Node()
x.other, y.other = y, x
del x, y
print("two instances:", gc.collect())
d1, d2, d3 = {}, {}, {}
d1["n"], d2["n"], d3["n"] = d2, d3, d1
del d1, d2, d3
print("three dicts:", gc.collect())
n = Node()
n.me = n
n.__dict__
del n
print("instance with materialised dict:", gc.collect())
t = ([],)
t[0].append(t)
del t
print("tuple-list:", gc.collect())
print("nothing:", gc.collect())
