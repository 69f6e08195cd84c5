# On death: __del__ runs first (weak references still alive), then weak references
# are cleared and their callbacks run, newest reference first.
import weakref


class Obj:
    def __del__(self):
        print("__del__, ref alive:", r1() is self)


o = Obj()
r1 = weakref.ref(o, lambda r: print("callback 1, dead:", r() is None))
r2 = weakref.ref(o, lambda r: print("callback 2"))
p = weakref.proxy(o, lambda p: print("proxy callback"))
del o
print("end")
