# slice objects compare like tuples (start, stop, step) and are unhashable in 3.11
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3))
print(slice(1, 2) < slice(1, 3), slice(2) > slice(1), slice(1, 2, 3) <= slice(1, 2, 3))
print(slice(1, 2) == (1, 2, None), slice(0, 1) in [slice(0, 1)])
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2) < slice("a", 2)
except TypeError as e:
    print(type(e).__name__, e)
