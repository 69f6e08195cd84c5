# operator.length_hint on builtin iterators and bad __length_hint__ results
import operator
it = iter([1, 2, 3]); next(it)
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(it), operator.length_hint(reversed([1, 2])), operator.length_hint(iter(range(10))))
print(operator.length_hint(iter((1, 2))), operator.length_hint(iter("abcd")), operator.length_hint(iter({1: 2})), operator.length_hint(map(str, [1])))
class BadHint:
    def __length_hint__(self): return -1
try:
    operator.length_hint(BadHint())
except ValueError as e:
    print(type(e).__name__, e)
class StrHint:
    def __length_hint__(self): return "x"
try:
    operator.length_hint(StrHint())
except TypeError as e:
    print(type(e).__name__, e)
try:
    operator.length_hint([], "x")
except TypeError as e:
    print(type(e).__name__, e)
