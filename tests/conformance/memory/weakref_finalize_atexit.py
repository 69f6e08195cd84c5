# Finalizers still alive at exit run then, newest first, unless atexit is False.
import weakref


class R:
    def __init__(self, n):
        self.n = n


keep = [R(i) for i in range(4)]
fs = [weakref.finalize(o, print, "finalizer", o.n) for o in keep]
fs[1].atexit = False
fs[2]()
print([f.alive for f in fs])
print("main done")
