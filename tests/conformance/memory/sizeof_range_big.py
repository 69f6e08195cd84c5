# range objects with bounds beyond a C ssize_t: creation, size, and len() errors.
import sys

r = range(10 ** 20)
print(sys.getsizeof(r), r[-1] == 10 ** 20 - 1, 10 ** 19 in r, r.stop)
try:
    len(r)
except OverflowError as e:
    print("OverflowError:", e)
print(len(range(0, 10 ** 20, 10 ** 19)), sys.getsizeof(range(2 ** 100, 2 ** 101)))
