# __name__, __qualname__, __module__ assignment on classes and functions
class A:
    def f(self): return "A"
class C(A): pass
print(C.__name__, C.__qualname__)
C.__name__ = "Renamed"
print(C.__name__, C.__qualname__, repr(C))
C.__qualname__ = "Outer.Renamed"
print(C.__qualname__, repr(C), C.__name__)
try:
    C.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__name__ = "x"
except TypeError as e:
    print(type(e).__name__, e)
C.__module__ = "elsewhere"
print(C.__module__, repr(C))
print(C().f(), type(C()).__name__)
def func(): pass
func.__name__ = "renamed"
func.__qualname__ = "X.renamed"
print(func.__name__, func.__qualname__, repr(func).split(" at ")[0])
try:
    func.__name__ = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    func.__qualname__ = 1
except TypeError as e:
    print(type(e).__name__, e)
func.__module__ = "m2"
func.__doc__ = "new doc"
print(func.__module__, func.__doc__)
