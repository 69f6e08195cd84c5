# `is` compares identity, == compares values; None/True/False/... are singletons.
import copy

x = [1, 2]
y = [1, 2]
print(x == y, x is y, x is x, copy.copy(x) is x)
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, tuple(t) is t, t[:] is t)
s = "abc"
print(str(s) is s, s[:] is s, copy.copy(s) is s, s + "" is s)
f = frozenset([1])
print(frozenset(f) is f, copy.copy(f) is f)
print(None is None, True is (1 == 1), ... is Ellipsis, NotImplemented is NotImplemented)
nan = float("nan")
print(nan == nan, nan is nan, [nan] == [nan], nan in [nan])
