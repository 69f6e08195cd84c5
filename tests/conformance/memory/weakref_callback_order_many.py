# Several referents dying at once (a list of them): callbacks follow the order the
# referents die in; for each referent newest reference first.
import weakref


class C:
    def __init__(self, n):
        self.n = n


objs = [C(i) for i in range(3)]
refs = []
for o in objs:
    for tag in "ab":
        refs.append(weakref.ref(o, lambda w, n=o.n, tag=tag: print("callback", n, tag)))
del o
print("dropping list")
del objs
print("end")
