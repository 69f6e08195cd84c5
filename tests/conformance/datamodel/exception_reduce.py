# BaseException.__reduce__ / __setstate__ and pickling-related behaviour
class Rich(Exception):
    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail
r = Rich("m", detail="d")
red = r.__reduce__()
print(red[0].__name__, red[1], red[2])
print(ValueError("x").__reduce__(), KeyError().__reduce__())
e = ValueError("y")
e.__setstate__({"extra": 1})
print(e.extra)
import copy
c = copy.copy(r)
print(type(c).__name__, c.args, c.detail)
