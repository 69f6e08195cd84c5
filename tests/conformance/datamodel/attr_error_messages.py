# messages of less common attribute errors
class C: pass
b = C()
try:
    getattr(b, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(b, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(b, None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hasattr(b, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
