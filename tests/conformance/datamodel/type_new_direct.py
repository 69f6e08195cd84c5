# calling type.__new__ / type.__init__ / type.__call__ directly
class Meta(type):
    def __new__(mcls, name, bases, ns):
        return type.__new__(mcls, name, bases, ns)
A = Meta("A", (), {"__qualname__": "Custom.A", "__doc__": "adoc", "v": 1})
print(A.__name__, A.__qualname__, A.__doc__, type(A).__name__, A.v, A.__module__)
B = type.__new__(type, "B", (), {"__module__": "mymod"})
print(B.__module__, type(B).__name__)
type.__init__(A, "ignored", (), {})
print(A.__name__)
inst = type.__call__(A)
print(type(inst).__name__, inst.v)
print(type("X", (), {"__init__": lambda self, a: setattr(self, "a", a)})(5).a)
