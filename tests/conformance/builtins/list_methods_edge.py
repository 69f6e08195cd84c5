l = [5, 3, 8, 1]
l.sort(key=lambda x: -x); print(l)
l.sort(reverse=True); print(l)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), sorted([(2, "b"), (1, "b"), (2, "a")]))
print(l.index(3), l.count(8), l[::-1], l[1:3], l[-1], l * 0, [] * 5, [[]] * 2)
l2 = l.copy(); l2[1:3] = []; print(l2, l)
l3 = [1, 2, 3, 4, 5, 6]
del l3[::2]; print(l3)
l3[::2] = ["a", "b"][:len(l3[::2])]; print(l3)
try:
    l3[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    [].index(1)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1][5] = 2
except IndexError as e:
    print("IndexError:", e)
try:
    sorted([3, "a"])
except TypeError as e:
    print("TypeError:", e)
a = [1, 2]; b = a; b += [3]; print(a, a is b)
t = (1, 2); u = t; u += (3,); print(t, u, t is u)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, [2]] == [1, [2]], (1,) + (2,), list("abc"), list(range(0)), list((1, 2)), [x for x in []])
nested = [[1, 2], [3, 4]]
flat = [y for x in nested for y in x]
print(flat, sum(nested, []), list(map(list, zip(*nested))), max(nested, key=sum), min([[3], [1, 2]], key=len))
print(list(reversed(range(5))), list(enumerate("ab", 1)), [i for i in range(10) if i % 3 == 0], l.__len__(), 3 in l)
