# __del__ runs when the last reference goes away (refcounting)
log = []
class R:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
a = R("a")
del a
print("after del a")
b = R("b")
b = None
print("after rebind b")
def scope():
    c = R("c")
    print("leaving scope")
scope()
print("after scope")
lst = [R("in list")]
lst.clear()
print("after clear")
d = {"k": R("in dict")}
d.pop("k")
print("after pop")
# exceptions in __del__ are reported to stderr, not raised
class Bad:
    def __del__(self): raise ValueError("from del")
x = Bad()
del x
print("after bad del")
# resurrection
saved = []
class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)
p = Phoenix()
del p
print(len(saved), type(saved[0]).__name__)
saved.clear()
print("end")
