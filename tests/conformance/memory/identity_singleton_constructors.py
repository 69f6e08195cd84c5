# Calling the types of the singletons returns the singletons.
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(bool() is False, bool(1) is True)
for t, args in ((type(None), (1,)), (type(...), (1,))):
    try:
        t(*args)
    except TypeError as e:
        print("TypeError:", e)
