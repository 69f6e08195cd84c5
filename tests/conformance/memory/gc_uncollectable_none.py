# Since PEP 442 nothing ends up in gc.garbage for cycles with __del__, even when
# __del__ resurrects; resurrected objects are not collected twice.
import gc

gc.collect()
saved = []


class R:
    def __del__(self):
        saved.append(self)


for i in range(3):
    r = R()
    r.me = r
del r
print(gc.collect(), len(saved), gc.garbage)
saved.clear()
print(gc.collect(), len(saved))
