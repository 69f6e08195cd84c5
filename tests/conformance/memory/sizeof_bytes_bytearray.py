# bytes is 33+n; bytearray's size follows its allocation, which over-allocates on
# append and extend.
import sys

print([sys.getsizeof(b"x" * n) for n in (0, 1, 2, 10, 100)])
print([sys.getsizeof(bytearray(n)) for n in (0, 1, 2, 10, 100)])
print(sys.getsizeof(bytearray(b"abc")), sys.getsizeof(bytes(5)), sys.getsizeof(bytes(range(3))))
ba = bytearray()
sizes = []
for i in range(40):
    ba.append(i)
    sizes.append(sys.getsizeof(ba))
print(sizes)
ba2 = bytearray()
ba2.extend(b"x" * 17)
print(sys.getsizeof(ba2))
ba2.clear()
print(sys.getsizeof(ba2))
