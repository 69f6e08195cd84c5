# slots on subclasses of builtin containers
class ListSlots(list):
    __slots__ = ("tag",)
ls = ListSlots([1]); ls.tag = "t"
print(ls, ls.tag, hasattr(ls, "__dict__"))
class DictSlots(dict):
    __slots__ = ("meta",)
d = DictSlots(a=1); d.meta = "m"
print(d, d.meta)
class StrNoSlots(str): pass
s = StrNoSlots("x"); s.attr = 1
print(s, s.attr, s.__dict__)
class ExcSlots(Exception):
    __slots__ = ("code",)
e = ExcSlots("msg"); e.code = 3
print(e, e.code, e.args)
