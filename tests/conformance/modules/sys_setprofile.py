# sys.setprofile: call/return events for Python frames (also when an exception
# ends a frame), c_call/c_return/c_exception for builtins, generators' resumes.
import sys

events = []


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event.startswith("c_"):
        events.append((event, name, arg.__name__))
    elif event == "return":
        events.append((event, name, arg))
    else:
        events.append((event, name))


def add(a, b):
    return a + b


def boom():
    raise ValueError("x")


def gen():
    yield 1
    yield 2


def main():
    add(1, 2)
    len("abc")
    try:
        boom()
    except ValueError:
        pass
    try:
        int("z")
    except ValueError:
        pass
    g = gen()
    next(g)
    next(g)
    next(g, None)  # exhausted: a suspended generator's close() at death differs (see STATUS)


sys.setprofile(tracer)
main()
sys.setprofile(None)
for e in events:
    print(e)
print(sys.getprofile())
