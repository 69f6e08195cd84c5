# assigning to methods/attributes of builtin instances and types
for target, name in (("s", "upper"), ([], "append"), ({}, "keys"), (1, "bit_length")):
    try:
        setattr(target, name, 1)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    object.__setattr__(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__setattr__(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
