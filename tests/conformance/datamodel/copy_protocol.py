# copy.copy / deepcopy with __copy__, __deepcopy__, __getstate__/__setstate__, __reduce__
import copy
class Plain:
    def __init__(self): self.items = [1, [2]]
p = Plain()
c = copy.copy(p)
d = copy.deepcopy(p)
print(c.items is p.items, d.items is p.items, d.items[1] is p.items[1], type(c).__name__)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print("__copy__")
        return Custom(self.v + "-copy")
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Custom(self.v + "-deep")
print(copy.copy(Custom("x")).v, copy.deepcopy(Custom("y")).v, copy.deepcopy([Custom("z")])[0].v)
class State:
    def __init__(self): self.a = 1; self.secret = "s"
    def __getstate__(self):
        print("getstate")
        return {"a": self.a}
    def __setstate__(self, st):
        print("setstate", st)
        self.__dict__.update(st)
s2 = copy.copy(State())
print(vars(s2))
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = [2]
sc = copy.deepcopy(Slotted())
print(sc.a, sc.b)
class Reduce:
    def __init__(self, x): self.x = x
    def __reduce__(self):
        print("reduce")
        return (Reduce, (self.x * 2,))
print(copy.copy(Reduce(2)).x)
# memo handles cycles
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a)
# immutables are returned as-is
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [])) is t)
# copying builtin subclasses keeps type and attributes
class MyList(list): pass
ml = MyList([1, 2]); ml.tag = "t"
mc = copy.copy(ml)
print(type(mc).__name__, mc, mc.tag)
class MyDict(dict): pass
md = copy.deepcopy(MyDict(a=[1]))
print(type(md).__name__, md)
