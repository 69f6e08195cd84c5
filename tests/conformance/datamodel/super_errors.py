# zero-arg super() where no first argument exists
class F:
    def h(*args):
        return super().__class__.__name__
try:
    print(F().h())
except RuntimeError as e:
    print(type(e).__name__, e)
class G:
    def k():
        return super()
try:
    G.k()
except RuntimeError as e:
    print(type(e).__name__, e)
class H:
    def j(self):
        del self
        return super().__repr__()
try:
    H().j()
except RuntimeError as e:
    print(type(e).__name__, e)
