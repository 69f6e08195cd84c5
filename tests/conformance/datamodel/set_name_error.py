# 3.11 wraps exceptions from __set_name__ in RuntimeError
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("bad " + name)
try:
    class Host:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
