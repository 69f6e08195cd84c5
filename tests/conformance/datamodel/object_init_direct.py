# object.__init__ called directly with extra args on a class overriding neither method
class NoOverride: pass
try:
    object.__init__(NoOverride(), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoOverride().__init__(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(NoOverride, x=1)
except TypeError as e:
    print(type(e).__name__, e)
