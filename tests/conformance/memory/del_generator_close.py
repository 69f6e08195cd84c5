# A suspended generator with a pending finally/with is closed when it dies:
# GeneratorExit is raised at the yield and the finally block runs.
class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("__exit__", exc[0].__name__ if exc[0] else None)


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally")


def gen_with():
    with CM():
        yield "a"


def gen_catch():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise


g = gen()
print(next(g))
del g
print("--")
w = gen_with()
print(next(w))
w = None
print("--")
c = gen_catch()
next(c)
del c
print("--")
unstarted = gen()
del unstarted
print("end")
