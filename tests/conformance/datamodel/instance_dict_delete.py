# deleting an instance __dict__ gives a fresh empty one
class C:
    x = "class"
a = C()
a.y = 1
del a.__dict__
print(a.__dict__, a.x, hasattr(a, "y"))
a.z = 2
print(vars(a))
