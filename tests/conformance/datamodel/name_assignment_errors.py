# error messages for bad __qualname__ assignment and deletion of __name__
class C: pass
try:
    C.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    del C.__name__
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    del C.__qualname__
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
