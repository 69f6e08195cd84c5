# A context manager with no other reference dies right after the with block.
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return "value"

    def __exit__(self, *a):
        print("exit", self.name)

    def __del__(self):
        print("__del__", self.name)


with CM("one") as v:
    print("body", v)
print("after with")
with CM("outer"), CM("inner"):
    print("nested body")
print("end")
