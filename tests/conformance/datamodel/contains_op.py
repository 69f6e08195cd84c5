# __contains__ and the iteration / __getitem__ fallbacks of `in`
class C:
    def __contains__(self, x):
        print("contains", x)
        return x == 1
print(1 in C(), 2 in C(), 2 not in C())
class Truthy:
    def __contains__(self, x): return "non-empty"
class Falsy:
    def __contains__(self, x): return 0
print(1 in Truthy(), 1 in Falsy(), 1 not in Truthy())
class ByIter:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])
print(2 in ByIter(), 5 in ByIter())
class ByGetitem:
    def __getitem__(self, i):
        print("getitem", i)
        if i > 3: raise IndexError
        return i * 10
print(20 in ByGetitem(), 99 in ByGetitem())
class Nothing: pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
# `in` on builtins
print(1 in [1.0], "ab" in "xaby", b"a" in b"cab", 97 in b"a", (1,) in {(1,): 2}, 3 in range(0, 10, 3))
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" in 5
except TypeError as e:
    print(type(e).__name__, e)
# membership uses identity then ==
class Eq:
    def __eq__(self, o):
        print("eq called")
        return False
e = Eq()
print(e in [e], e in [Eq()])
# exceptions from __contains__ propagate
class Raises:
    def __contains__(self, x): raise ValueError("nope")
try:
    1 in Raises()
except ValueError as e:
    print(type(e).__name__, e)
# dict keys/values views
d = {"a": 1}
print("a" in d.keys(), 1 in d.values(), ("a", 1) in d.items(), ("a", 2) in d.items())
