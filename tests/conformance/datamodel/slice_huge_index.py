# slice bounds beyond the machine word are clamped; indexing raises IndexError
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
lst = list(range(10))
print(lst[I(10**20):], lst[:I(-10**20)], lst[10**30:], lst[-10**30:2], "abc"[:10**25])
print(slice(0, 10**20).indices(5), range(10)[5:10**20])
try:
    lst[I(10**20)]
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst[10**20]
except IndexError as e:
    print(type(e).__name__, e)
