# set and frozenset sizes by number of elements.
import sys

print([sys.getsizeof(set(range(n))) for n in (0, 1, 4, 5, 18, 19, 76, 77, 100)])
print([sys.getsizeof(frozenset(range(n))) for n in (0, 1, 4, 5, 18, 19, 100)])
print(sys.getsizeof({1, 2, 3}), sys.getsizeof(set("abcdef")), sys.getsizeof({i for i in range(10)}))
s = set(range(100))
for i in range(99):
    s.discard(i)
print(sys.getsizeof(s))
s.clear()
print(sys.getsizeof(s))
