# assignments
a = b = c = 1
x, (y, z) = 1, (2, 3)
first, *rest = [1, 2, 3]
*init, last = "abc"
h, *m, t = range(5)
print(a, b, c, x, y, z, first, rest, init, last, h, m, t)
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 2; n %= 7; n <<= 3; n >>= 1; n |= 1; n &= 7; n ^= 2
print(n)
ann: int = 5
print(ann, __annotations__)
if (w := 10) > 5:
    print("walrus", w)
print([y for x in range(3) if (y := x * 2) > 0], y)
lst = [1, 2, 3]
lst[0] += 10
lst[1:2] = [7, 8]
print(lst)
d = {"a": 1}
d["a"] += 1
d.setdefault("b", []).append(3)
print(d)
class O: pass
o = O()
o.v = 1
o.v += 1
print(o.v)
del lst[0], d["a"]
print(lst, d)
# control
for i in range(3):
    if i == 1:
        continue
    print("i", i)
else:
    print("for-else")
i = 0
while i < 10:
    i += 1
    if i == 3:
        break
else:
    print("no")
print("i=", i)
try:
    raise ValueError("x")
except (TypeError, ValueError) as e:
    print("caught", repr(e))
else:
    print("else")
finally:
    print("finally")
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("fin", i)
    return i
print(g())
def h2():
    try:
        1/0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("h2 finally")
print(h2())
try:
    try:
        raise KeyError("k")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer", e)
try:
    raise RuntimeError("a") from ValueError("b")
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
assert True
try:
    assert 1 == 2, "msg here"
except AssertionError as e:
    print("assert", e)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1 != 2)
print("yes" if 0 else "no", [1, 2] and "x", None or 0 or "z")
