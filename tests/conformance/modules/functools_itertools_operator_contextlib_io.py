import functools, itertools, operator, contextlib, io
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def documented(x):
    """doc here"""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
p = functools.partial(int, base=2)
print(p("101"), functools.reduce(operator.add, [1, 2, 3]), functools.reduce(lambda a, b: a * b, [], 1))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.accumulate([1, 2, 3], operator.mul)), list(itertools.pairwise("abc")))
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.product([0, 1], repeat=2)), list(itertools.starmap(pow, [(2, 3)])))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabbc")], list(itertools.compress("abc", [1, 0, 1])), [list(t) for t in itertools.tee([1, 2], 2)])
print(itertools.count(5), itertools.repeat(1, 2), list(itertools.takewhile(lambda x: x < 3, itertools.count())))
print(operator.itemgetter(1)([1, 2]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"))
@contextlib.contextmanager
def managed(name):
    print("enter", name)
    try:
        yield name.upper()
    finally:
        print("exit", name)
with managed("a") as v:
    print("inside", v)
try:
    with managed("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with contextlib.suppress(KeyError):
    {}["x"]
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
s = io.StringIO("l1\nl2\n")
print(s.readline(), s.read(), s.tell())
with contextlib.ExitStack() as stack:
    stack.callback(print, "callback ran")
    print("in stack")
b = io.BytesIO(); b.write(b"xy"); print(b.getvalue())
