# Sizes of iterators, views and other helper objects.
import sys

d = {"a": 1}
objs = [iter([]), iter(()), iter(""), iter(range(3)), iter({}), iter(set()), d.keys(), d.values(), d.items(),
        enumerate([]), zip(), map(abs, []), filter(None, []), reversed([]), memoryview(b"abc")]
for o in objs:
    print(type(o).__name__, sys.getsizeof(o))
