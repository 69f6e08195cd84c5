# mappingproxy API
import types
class C:
    x = 1
mp = C.__dict__
print(type(mp.copy()).__name__, mp.copy()["x"], sorted(k for k in mp.keys() if not k.startswith("__")), list(mp.values())[0] is not None)
p = types.MappingProxyType({"a": 1, "b": 2})
print(p, p["a"], list(p.items()), len(p), "a" in p, p | {"c": 3}, type(p | {"c": 3}).__name__, p == {"a": 1, "b": 2})
try:
    p["c"] = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(p)), repr(types.MappingProxyType({})))
