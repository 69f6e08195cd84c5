# descriptors defining only __set__ or only __delete__
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.set", value)
class DelOnly:
    def __delete__(self, obj):
        print("DelOnly.delete")
class Full:
    def __get__(self, obj, owner): return "full"
    def __set__(self, obj, value): print("Full.set")
class C:
    so = SetOnly()
    do = DelOnly()
    d = Full()
c = C()
# a data descriptor without __get__: the instance dict wins on lookup
c.__dict__["so"] = "inst so"
c.__dict__["do"] = "inst do"
print(c.so, c.do, type(C.so).__name__)
c.so = 5
del c.do
print(c.__dict__)
try:
    c.do = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.so
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.d
except AttributeError as e:
    print(type(e).__name__, e)
