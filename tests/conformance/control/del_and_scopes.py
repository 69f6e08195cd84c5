x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(6))
del lst[1], lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O: pass
o = O(); o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(f())
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del lst[99]
except IndexError as e:
    print("IndexError:", e)
g = 10
def use_global():
    global g
    g += 1
    del g
use_global()
print("g" in globals())
