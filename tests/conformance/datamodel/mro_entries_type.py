# type() refuses objects with __mro_entries__; types.resolve_bases resolves them
import types
class Base1: pass
class Base2: pass
class Entry:
    def __mro_entries__(self, bases): return (Base1,)
try:
    type("Z", (Entry(),), {})
except TypeError as ex:
    print(type(ex).__name__, ex)
print(types.resolve_bases((Entry(), Base2)))
C = types.new_class("C", (Entry(),))
print(C.__mro__, C.__orig_bases__[0].__class__.__name__)
