# Cycles whose objects define __del__ are collected (PEP 442): every __del__ runs
# once, before any reference in the cycle is cleared; gc.garbage stays empty.
import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "partner", self.partner.name)


gc.collect()
a, b = D("a"), D("b")
a.partner, b.partner = b, a
del a, b
print("collected", gc.collect())
print("garbage", gc.garbage)
s = D("self")
s.partner = s
del s
print("collected", gc.collect())
print("end")
