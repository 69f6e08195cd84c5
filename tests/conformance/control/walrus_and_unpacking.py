data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10], y)
while (item := data.pop()) > 10:
    print("popped", item)
print(data, item)
first, second, *rest = "hello"
print(first, second, rest)
(a, b), c = (1, 2), 3
[d, [e, f]] = [4, [5, 6]]
print(a, b, c, d, e, f)
x = y = z = []
x.append(1); print(y, z is x)
m, *n = [1]
print(m, n)
*o, p = range(3)
print(o, p)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
print({**{"a": 1}, **{"b": 2}}, [*"ab", *range(2)], {*"aab"} == {"a", "b"})
def f(*args, **kwargs): return args, kwargs
print(f(*[1, 2], *(3,), **{"k": 1}, **{"j": 2}))
