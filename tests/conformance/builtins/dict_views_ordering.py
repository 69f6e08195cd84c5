d = {"b": 1, "a": 2}
d["c"] = 3
del d["b"]
d["b"] = 4
print(d, list(d), list(d.values()), list(d.items()))
k = d.keys()
d["z"] = 0
print(k, len(k), "z" in k, k & {"a", "q"}, k | {"q"} == {"a", "b", "c", "z", "q"}, k - {"a"} == {"b", "c", "z"})
print(d.items() >= {("a", 2)}, list(reversed(d)), list(reversed(d.items()))[:2], dict(sorted(d.items())))
v = d.values()
print(2 in v, sorted(v), repr(d.keys()), repr(d.values()), repr(d.items()))
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print({1: "a", True: "b", 1.0: "c"}, {(1, 2): 3}[(1, 2)], dict([("x", 1)], y=2), dict.fromkeys(range(3)))
m = {"a": 1}
m |= {"b": 2}
print(m, m | {"a": 9}, {**m, "c": 3}, m.get("zz", "dflt"), m.setdefault("a", 100), m.pop("zz", None))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
