# exact dir() of object and of a trivial class; duplicates from __dir__ are kept
print(dir(object))
class E: pass
print(dir(E))
print(sorted(set(dir(E())) - set(dir(object))))
class Custom:
    def __dir__(self):
        return ["b", "a", "b"]
print(dir(Custom()))
