# CPython's list over-allocation: the capacity after each append, extend and +=.
import sys

lst = []
prev = None
changes = []
for i in range(200):
    lst.append(i)
    s = sys.getsizeof(lst)
    if s != prev:
        changes.append((len(lst), (s - 56) // 8))
        prev = s
print(changes)
ext = []
esz = []
for chunk in (1, 3, 10, 30):
    ext.extend(range(chunk))
    esz.append(sys.getsizeof(ext))
print(esz)
plus = [1, 2]
plus += [3, 4, 5]
print(sys.getsizeof(plus))
