tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (1,),
    lambda: None.x,
    lambda: undefined_name,
    lambda: [1, 2][5],
    lambda: {}["k"],
    lambda: int("abc"),
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 2.0 / 0,
    lambda: len(5),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: (1, 2).append(3),
    lambda: object().missing,
    lambda: int.missing,
    lambda: [].pop(),
    lambda: {}.pop("x"),
    lambda: [1].index(5),
    lambda: abs("x"),
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: -"x",
    lambda: ~1.5,
    lambda: 1 < "a",
    lambda: sorted([1, "a"]),
    lambda: max([]),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: (lambda a: a)(),
    lambda: (lambda a: a)(1, 2),
    lambda: divmod(1, 0),
    lambda: 10 ** -1000000 if False else pow(0, -1),
    lambda: int("1" * 5000),
    lambda: float("x"),
    lambda: list(range(3))[1:2:0],
    lambda: tuple(5),
    lambda: "abc"[10],
    lambda: setattr(1, "x", 2),
    lambda: type("X", (), {})().__dict__["q"],
    lambda: getattr(object(), "nope"),
    lambda: frozenset([1]).add(2),
    lambda: isinstance(1, 2),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
def unbound():
    print(v)
    v = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def outer():
    def inner():
        return q
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    q = 1
outer()
