# sys.getsizeof(int) grows by 4 bytes per 30-bit digit; the sign does not matter.
import sys

for k in (0, 1, 29, 30, 31, 59, 60, 61, 89, 90, 120, 300, 1000):
    n = 2 ** k
    print(k, sys.getsizeof(n), sys.getsizeof(n - 1), sys.getsizeof(-n))
print(sys.getsizeof(0), sys.getsizeof(-1), sys.getsizeof(True), sys.getsizeof(False))
print(sys.getsizeof(10 ** 100), sys.getsizeof(-(10 ** 100)))
print(int.__sizeof__(5), (2 ** 64).__sizeof__(), True.__sizeof__())
