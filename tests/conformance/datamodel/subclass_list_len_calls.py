# list() of a list subclass consults the overridden __len__ for a size hint
class LoudList(list):
    def __len__(self):
        print("len")
        return super().__len__()
    def __iter__(self):
        print("iter")
        return super().__iter__()
ll = LoudList([1, 2, 3])
print(list(ll))
x, *rest = ll
print(x, rest)
print(tuple(ll), [*ll])
