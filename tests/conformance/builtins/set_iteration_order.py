print({3, 1, 2}, {9, 3, 4}, set("hello") == set("olleh"), {10, 100, 1000, 5}, {-1, -2, 0}, frozenset({5, 1, 3}))
s = set()
for i in [20, 3, 17, 8, 1, 33, 2]:
    s.add(i)
print(s, sorted(s), list(s), {x * 2 for x in range(6)}, set(range(10, 0, -1)))
print({1.5, 2.5, 0.5}, {True, 0, 2}, {(1, 2), (0, 1)})
a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
print(a, a | {100}, a & {1, 12, 50}, a - {1, 2})
for x in {7, 3, 5}:
    print(x, end=" ")
print()
try:
    for x in s:
        s.add(x + 1000)
except RuntimeError as e:
    print("RuntimeError:", e)
