# duplicate base class error
class X: pass
try:
    class Dup(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("Dup2", (X, X), {})
except TypeError as e:
    print(type(e).__name__, e)
