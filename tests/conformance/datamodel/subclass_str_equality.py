# instances of str subclasses compare and hash equal to plain str
class S(str): pass
s = S("a")
print(s == "a", "a" == s, s != "a", hash(s) == hash("a"), s in ["a"], ["a"].index(s), ["a"].count(s))
print({s: 1}.get("a"), {"a": 1}.get(s), s in {"a"}, "a" in {s}, {s, "a"} == {"a"}, len({s, "a"}))
print({"a": 1} == {s: 1}, ("a",) == (s,), [s] == ["a"], s < "b", "b" > s, sorted([S("b"), "a"]))
class U(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
u = U("hello")
print(u == "HELLO", {"HELLO": 1}[u], u in ["HELLO"], "HELLO".__eq__(u), str.__eq__(u, "HELLO"))
import collections
c = collections.Counter([S("x"), "x"])
print(c, len(c))
def kw(**k): return k
print(kw(**{S("key"): 1}), getattr(type("T", (), {"attr": 5}), S("attr")))
