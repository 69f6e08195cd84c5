# __del__ may resurrect the object by storing a new reference; __del__ is not
# called again when the resurrected object dies for good (PEP 442).
import gc

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)
        saved.append(self)


p = Phoenix("p")
del p
print("resurrected:", [o.name for o in saved], gc.is_finalized(saved[0]))
saved.clear()
print("cleared saved list")
q = Phoenix("q")
q = None
print(len(saved))
again = saved.pop()
print("popped", again.name)
del again
print("end")
