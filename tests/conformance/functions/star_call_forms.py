def f(*args, **kwargs):
    return args, kwargs
a = [1, 2]
k = {"x": 1}
print(f(*a, y=2))
print(f(*a, **k))
print(f(0, *a, 3, *a, z=1, **k))
print(f(**k, y=2))
print(f(y=2, **k, w=3))
print(f(*a, *a))
print(f(*(), **{}))
try:
    f(**k, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**1)
except TypeError as e:
    print("TypeError:", e)
class C:
    def m(self, *a, **kw):
        return a, kw
print(C().m(*a, q=1), C.m(C(), *a))
print(max(*[3, 1, 2]), dict(**{"a": 1}, b=2), "{}-{}".format(*"ab"))
