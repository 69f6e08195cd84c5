# Equal constants in one compilation unit are the same object; values computed at
# run time are not.
def f():
    return 100000


def g():
    return 100000


a = 100000
b = 100000
print(a is b, f() is g(), f() is a)
c = 99999
d = c + 1
print(d is a, d == a)
s1 = "hello world!"
s2 = "hello world!"
print(s1 is s2)
s3 = "hello world" + "!"
print(s3 is s1)
t1 = (1, 2, "x")
t2 = (1, 2, "x")
print(t1 is t2)
f1 = 2.5
f2 = 2.5
print(f1 is f2, float("2.5") is f1)
ns = {}
exec("x = 100000", ns)
print(ns["x"] is a)
