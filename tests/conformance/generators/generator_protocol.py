def countdown(n):
    try:
        while n > 0:
            received = yield n
            if received == "reset":
                n = 3
            else:
                n -= 1
    finally:
        print("countdown finalised")
g = countdown(2)
print(next(g), g.send("reset"), next(g), list(g))
def gen_raises():
    yield 1
    raise ValueError("inside")
g = gen_raises()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
print(list(g))
def g2():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
x = g2(); next(x); x.close(); print("closed")
def g3():
    try:
        yield 1
    except GeneratorExit:
        yield 2
y = g3(); next(y)
try:
    y.close()
except RuntimeError as e:
    print("RuntimeError", e)
def inner():
    x = yield "i1"
    print("inner got", x)
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
o = outer(); print(next(o)); print(o.send("sent")); 
def thrower():
    try:
        yield from inner()
    except KeyError as e:
        yield f"outer caught {e!r}"
t = thrower(); next(t); print(t.throw(KeyError("k")))
def stop_in_gen():
    yield 1
    next(iter([]))
try:
    list(stop_in_gen())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
print(sum(x for x in range(5) if x % 2), list(zip(range(3), (c for c in "abc"))))
gen = (i for i in range(3))
print(gen.send(None), next(gen))
