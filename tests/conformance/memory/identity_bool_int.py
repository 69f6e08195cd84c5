# bool values are the two singletons; int(True) is the cached 1.
one, t = 1, True
print(bool(5) is True, bool("") is False, (not 0) is True, (3 > 2) is True)
print(int(True) is one, t + 0 is one, isinstance(True, int), True == 1, True is not one)
print({True: "t"}[1], {1: "one"}.get(True), hash(True) == hash(1))
