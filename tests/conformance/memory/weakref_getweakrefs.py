# getweakrefcount/getweakrefs count references and proxies and drop dead ones.
import weakref


class C:
    pass


o = C()
print(weakref.getweakrefcount(o), weakref.getweakrefs(o))
r = weakref.ref(o)
p = weakref.proxy(o)
rc = weakref.ref(o, print)
print(weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
kinds = sorted(type(w).__name__ for w in weakref.getweakrefs(o))
print(kinds)
del rc
print(weakref.getweakrefcount(o))
del r, p
print(weakref.getweakrefcount(o), weakref.getweakrefcount(1), weakref.getweakrefs("x"))
