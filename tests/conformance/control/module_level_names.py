# Module-level names and builtins seen by cached lookups after rebinding, deletion and builtins changes.
import builtins
r = []
for i in range(3):
    r.append(len("ab"))
    if i == 0:
        len = lambda s: 99
    elif i == 1:
        del len
print(r)
x = 1
def f(): return x
out = []
for i in range(3):
    out.append((x, f()))
    x = x + 10
print(out)
builtins.zz = 5
print(zz)
builtins.zz = 6
print(zz)
del builtins.zz
try:
    zz
except NameError as e:
    print(e)
