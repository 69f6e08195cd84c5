print(list(enumerate("abc", 1)), list(zip([1, 2], "ab")), list(map(lambda x, y: x + y, [1, 2], [3, 4])), list(filter(None, [0, 1, "", "a"])))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), list(reversed([1, 2, 3])), list(reversed("abc")))
print(min(3, 1, 2), max([1, 5, 2]), min([], default=0), max("abc", key=ord), min([(1, "b"), (1, "a")]), max(1, 2, key=lambda x: -x))
print(sum([1, 2, 3]), sum([0.1] * 3), sum([[1], [2]], []), any([0, 0, 1]), all([]), all([1, 0]))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
print(abs(-3), divmod(17, 5), pow(2, 8), round(3.14159, 2), hash(1) == hash(1.0), chr(97), ord("a"), ascii("é"), repr("x"), format(3.5, ".2f"), format(42, "08b"))
print(isinstance(1, (str, int)), issubclass(bool, int), callable(len), callable(1), type(3).__name__, type("x") is str)
class A:
    x = 1
a = A()
setattr(a, "y", 2); print(getattr(a, "y"), getattr(a, "z", "default"), hasattr(a, "x"), vars(a)); delattr(a, "y"); print(hasattr(a, "y"))
print(sorted(k for k in dir(a) if not k.startswith("__")), id(a) == id(a), len(range(10)), list(range(10, 0, -3)), range(5)[2], range(0, 10, 2)[::-1])
print(list(iter(lambda: 1, 1)), list(enumerate([])), dict(zip("ab", [1, 2])), set("aab") == {"a", "b"}, frozenset([1, 2]) | {3})
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, "abcdefghij"[s], s.indices(5), Ellipsis, ..., NotImplemented, type(None).__name__)
print(bool(), int(), float(), str(), list(), tuple(), dict(), set(), complex(1, 2), complex("1+2j"), (1+2j) * (3-1j), abs(3+4j), (1+2j).conjugate(), (2j).imag)
g = {"x": 1}
print(eval("x + 1", g), globals()["__name__"], "builtins" in str(type(len)))
def f():
    local_v = 5
    return sorted(locals().items())
print(f())
print(list(map(str, range(3))), list(zip(*[(1, "a"), (2, "b")])), [*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1, 2],))
z = complex(3, 4)
print(z, z.real, z.imag, abs(z), z + 1, 1 - z, z * 2.5, z / (1 + 1j), z ** 2, (1j) ** 2, z == complex(3, 4), hash(3 + 0j) == hash(3), -z, complex("-1.5e2+3j"), complex(" 2j "))
for bad in ["complex('x')", "1j < 2j", "(0j) ** -1", "1 / 0j"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
