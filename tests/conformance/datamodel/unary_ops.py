# unary operators and their errors
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __abs__(self): return "abs"
u = U()
print(-u, +u, ~u, abs(u))
class Nothing: pass
for fn, label in [(lambda x: -x, "-"), (lambda x: +x, "+"), (lambda x: ~x, "~"), (abs, "abs")]:
    try:
        fn(Nothing())
    except TypeError as e:
        print(label, type(e).__name__, e)
for v in ("s", [1], None, 1.5):
    try:
        print(~v)
    except TypeError as e:
        print(type(e).__name__, e)
print(-True, ~True, +False, abs(-2.5), -(-0.0))
class NegNI:
    def __neg__(self): return NotImplemented
print(-NegNI())
class NotSub(int):
    def __neg__(self): return "subneg"
print(-NotSub(3), abs(NotSub(-3)), +NotSub(4), type(+NotSub(4)).__name__)
