# augmented assignment through properties, descriptors and __getitem__/__setitem__
class Prop:
    def __init__(self): self._v = [1]
    @property
    def v(self):
        print("get v")
        return self._v
    @v.setter
    def v(self, val):
        print("set v", val)
        self._v = val
p = Prop()
p.v += [2]
print(p._v)
class Num:
    def __init__(self): self._n = 1
    @property
    def n(self):
        print("get n")
        return self._n
    @n.setter
    def n(self, val):
        print("set n", val)
        self._n = val
q = Num()
q.n += 5
q.n *= 2
print(q._n)
class Items:
    def __init__(self): self.d = {"k": 1}
    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.d[k] = v
it = Items()
it["k"] += 10
it["k"] **= 2
print(it.d)
# evaluation order: container and key evaluated once
def get_obj():
    print("get_obj")
    return it
def get_key():
    print("get_key")
    return "k"
get_obj()[get_key()] -= 1
print(it.d)
# slices with augmented assignment
lst = [1, 2, 3, 4]
lst[1:3] += [9]
print(lst)
class SliceRec:
    def __getitem__(self, k):
        print("get", k)
        return [0]
    def __setitem__(self, k, v):
        print("set", k, v)
SliceRec()[1:2] += [5]
# attribute on a class via metaclass property
class MetaP(type):
    @property
    def counter(cls):
        return cls._counter
    @counter.setter
    def counter(cls, v):
        print("meta set", v)
        cls._counter = v
class K(metaclass=MetaP):
    _counter = 0
K.counter += 1
print(K.counter, K._counter)
