def a(x):
    return b(x) + 1
def b(x):
    d = {"k": [1, 2]}
    return d["k"][x]
try:
    a(5)
except IndexError as e:
    e.add_note("note one")
    try:
        raise ValueError("wrapped") from e
    except ValueError as v:
        print(v.__cause__ is e, v.__context__ is e)
class C:
    def method(self):
        return self.missing_attr
def chain():
    try:
        C().method()
    except AttributeError:
        raise KeyError("during")
chain()
