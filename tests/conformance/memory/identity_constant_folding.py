# Constant expressions are folded at compile time and then shared like constants.
a = 2 ** 10 + 1
b = 1025
print(a is b)
s = "ab" * 3
t = "ababab"
print(s is t)
u = "x" * 5000
v = "x" * 5000
print(u == v, len(u))
n = -300
m = -300
print(n is m)
tup = (1, 2) + (3,)
print(tup == (1, 2, 3), tup is (1, 2, 3).__class__((1, 2, 3)))
