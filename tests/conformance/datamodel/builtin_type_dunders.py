# dunder attributes of builtin types themselves
print(type.__module__, object.__module__, int.__module__, type(None).__module__)
print(int.__doc__.splitlines()[0], str.__doc__.splitlines()[0], object.__doc__.splitlines()[0])
print(list.append.__doc__, len.__doc__.splitlines()[0])
print(type.__dict__["__module__"].__class__.__name__ if "__module__" in type.__dict__ else "no entry")
print(int.__text_signature__, len.__text_signature__, object.__text_signature__)
