# getsizeof counts only the container itself, never the objects it refers to.
import sys

small = [1]
big = ["x" * 1000]
print(sys.getsizeof(small) == sys.getsizeof(big))
print(sys.getsizeof({"k": "v" * 1000}) == sys.getsizeof({"k": "v"}))
print(sys.getsizeof(("a" * 500,)) == sys.getsizeof(("a",)))


class Holder:
    def __init__(self, payload):
        self.payload = payload


print(sys.getsizeof(Holder([0] * 1000)) == sys.getsizeof(Holder(None)))
