import sys
def f(n):
    return f(n + 1) if n < 100000 else n
try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)
l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print("RecursionError:", e)
class A:
    def __repr__(self): return repr(self)
try:
    repr(A())
except RecursionError as e:
    # The message suffix depends on which C-level check trips first in CPython.
    print("RecursionError:", "maximum recursion depth exceeded" in str(e))
sys.setrecursionlimit(50000)
try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)
def g(n):
    return n if n == 0 else 1 + g(n - 1)
print(g(40000), sys.getrecursionlimit())
