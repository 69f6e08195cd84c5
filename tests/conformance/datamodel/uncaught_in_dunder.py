# an exception escaping a special method called implicitly: traceback shape
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, other):
        return self.v / other.v > 0
class Show:
    def __repr__(self):
        return "Show(" + self.missing + ")"
d = {Key(1): "a"}
try:
    d[Key(0)]
except ZeroDivisionError as e:
    print("caught", type(e).__name__, e)
print(d[Key(2)])
items = [Show()]
print(len(items))
print(items)
