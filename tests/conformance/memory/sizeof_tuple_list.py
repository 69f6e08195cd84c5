# tuple is 40+8n; list is 56 plus its allocated slots.
import sys

print([sys.getsizeof(tuple(range(n))) for n in (0, 1, 2, 5, 20)])
print([sys.getsizeof(list(range(n))) for n in (0, 1, 2, 5, 20)])
print([sys.getsizeof([0] * n) for n in (0, 1, 2, 5, 20)])
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([x for x in range(3)]), sys.getsizeof(list((1, 2, 3))))
lst = list(range(20))
sizes = []
while lst:
    lst.pop()
    sizes.append(sys.getsizeof(lst))
print(sizes)
ins = []
isz = []
for i in range(12):
    ins.insert(0, i)
    isz.append(sys.getsizeof(ins))
print(isz)
cp = list(range(9))
print(sys.getsizeof(cp), sys.getsizeof(cp[:]), sys.getsizeof(cp.copy()), sys.getsizeof(cp + [1]), sys.getsizeof(cp * 2))
