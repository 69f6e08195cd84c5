import builtins
def f():
    return len([1]) + g()
def g():
    return 1
print(f())
def g():
    return 10
print(f())
builtins.len = lambda x: 100
print(f())
len = lambda x: 1000
print(f())
del len
print(f())
globals()["g"] = lambda: 5
print(f())
del g
try:
    f()
except NameError as e:
    print(e)
for i in range(3):
    exec("def h(): return k", {"k": i, "__builtins__": builtins}) if False else None
def make(k):
    ns = {"k": k}
    exec("def h():\n    return k", ns)
    return ns["h"]
print([make(i)() for i in range(3)])
