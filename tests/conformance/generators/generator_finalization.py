# A suspended generator is closed when it dies: its finally blocks and context
# managers run at once; never-started and finished generators die silently.
import contextlib


def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)


g = gen("a")
print(next(g))
del g
print("after del a")

g = gen("b")
del g
print("never started: no finally")

g = gen("c")
print(list(g))
del g


@contextlib.contextmanager
def managed(name):
    print("enter", name)
    try:
        yield name
    finally:
        print("exit", name)


def uses_with():
    with managed("w"):
        yield "inside"


g = uses_with()
print(next(g))
g = None
print("rebound")


def ignores_exit():
    try:
        yield 1
    finally:
        yield 2


g = ignores_exit()
next(g)
del g
print("after ignores_exit")


def fails_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


g = fails_in_finally()
next(g)
del g
print("end")
