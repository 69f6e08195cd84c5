# dict sizes by number of keys, for str and int keys, literals and comprehensions.
import sys

print([sys.getsizeof({str(i): i for i in range(n)}) for n in (0, 1, 5, 6, 10, 11, 21, 22, 43, 100)])
print([sys.getsizeof({i: i for i in range(n)}) for n in (0, 1, 5, 6, 10, 11, 21, 22, 43, 100)])
print(sys.getsizeof({}), sys.getsizeof(dict()), sys.getsizeof({"a": 1}), sys.getsizeof(dict(a=1)))
print(sys.getsizeof({1: 1, 2: 2, 3: 3}), sys.getsizeof(dict.fromkeys(range(3))))
big = {i: i for i in range(100)}
print(sys.getsizeof(big.copy()), sys.getsizeof(dict(big)))
for i in range(95):
    del big[i]
print(sys.getsizeof(big), sys.getsizeof(big.copy()))
