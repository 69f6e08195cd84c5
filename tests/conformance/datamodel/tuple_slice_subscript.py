# slices inside a tuple subscript (numpy style)
class R:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
r = R()
print(r[1:2, 3])
print(r[:, None])
print(r[::2, ..., 1:])
print(r[:, :])
r[:, 0] = 5
del r[1:, ::-1]
