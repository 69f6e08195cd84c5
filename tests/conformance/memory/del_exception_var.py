# `except E as e` deletes e at the end of the block, releasing the exception and
# with it the frames its traceback references.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


def fail():
    local = Noisy("frame-local")
    raise ValueError("x")


try:
    fail()
except ValueError as e:
    print("in except")
print("after except")


class Err(Exception):
    def __del__(self):
        print("Err.__del__")


try:
    raise Err()
except Err:
    print("handling Err")
print("after second except")
try:
    e
except NameError as err:
    print("NameError:", err)
