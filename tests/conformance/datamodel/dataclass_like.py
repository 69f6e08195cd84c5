# a hand-rolled record class using many special methods together
class Record:
    __slots__ = ("_fields",)
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}") from None
    def __setattr__(self, name, value):
        raise AttributeError("records are immutable")
    def __delattr__(self, name):
        raise AttributeError("records are immutable")
    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self._fields.items())
        return f"{type(self).__name__}({inner})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._fields == other._fields
    def __hash__(self):
        return hash(tuple(sorted(self._fields.items())))
    def __iter__(self):
        return iter(self._fields.values())
    def __len__(self):
        return len(self._fields)
    def __getitem__(self, key):
        if isinstance(key, int):
            return list(self._fields.values())[key]
        return self._fields[key]
    def __contains__(self, name):
        return name in self._fields
    def __or__(self, other):
        return type(self)(**{**self._fields, **other._fields})
    def __dir__(self):
        return list(self._fields)
    def __reduce__(self):
        return (type(self), (), None, None, None)
r = Record(x=1, y="two")
print(r, r.x, r.y, r[0], r["y"], len(r), list(r), "x" in r, "z" in r, dir(r))
try:
    r.z
except AttributeError as e:
    print(type(e).__name__, e, e.__suppress_context__)
for action in (lambda: setattr(r, "x", 5), lambda: delattr(r, "x")):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
print(r == Record(x=1, y="two"), r != Record(x=2), r == (1, "two"), hash(r) == hash(Record(y="two", x=1)))
print(len({r, Record(x=1, y="two")}), r | Record(z=3), sorted([Record(a=2), Record(a=1)], key=lambda q: q.a))
x, y = r
print(x, y, [*r], dict(zip(["a", "b"], r)), max(Record(a=3, b=9)), sum(Record(a=1, b=2)))
class Point(Record):
    def __init__(self, x, y):
        super().__init__(x=x, y=y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
print(Point(3, 4), abs(Point(3, 4)), Point(1, 2) + Point(3, 4), Point(1, 2) == Record(x=1, y=2), isinstance(Point(0, 0), Record))
