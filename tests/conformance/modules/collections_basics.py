from collections import namedtuple, deque, defaultdict, OrderedDict, Counter, ChainMap
from collections.abc import Iterable, Mapping, Sequence, Callable
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]), isinstance(p, tuple), len(p))
x, y = p
print(x + y, p == (1, 2), Point.__name__, repr(Point(x=[1], y=None)))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0])
print(P3(1, 2), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, d.maxlen, d.pop(), d.popleft(), len(d), list(reversed(d)))
d.rotate(1); print(d); d.extend([7, 8]); print(d)
dd = defaultdict(list)
dd["a"].append(1); dd["b"]
print(dd, dict(dd), dd["zz"] == [])
c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"], sum(c.values()), sorted(c.elements())[:3], c.total())
print(Counter(a=3) + Counter(a=1, b=2), Counter(a=3) - Counter(a=1), Counter({"x": 1}))
od = OrderedDict([("a", 1), ("b", 2)])
od.move_to_end("a"); print(od, od.popitem(last=False), list(od))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], sorted(cm), len(cm), cm.new_child({"c": 4})["c"])
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance([], Mapping), isinstance("s", Sequence), isinstance(len, Callable), isinstance(5, Iterable))
