# 3.11 property error messages name the attribute and class
class P:
    @property
    def ro(self): return 1
    wo = property(None, lambda self, v: None)
p = P()
try:
    p.ro = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.ro
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.wo
except AttributeError as e:
    print(type(e).__name__, e)
z = property()
class Q:
    attr = z
try:
    Q().attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    z.__get__(Q())
except AttributeError as e:
    print(type(e).__name__, e)
