def make_counter():
    count = 0
    def incr(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return incr, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__closure__ is not None, len(inc.__closure__), inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
def param_cell(x):
    def show():
        return x
    x += 1
    return show
print(param_cell(10)())
def class_in_func():
    secret = "s3"
    class Inner:
        value = secret
        def method(self):
            return secret + "!"
    return Inner
K = class_in_func()
print(K.value, K().method(), K.__qualname__)
def loop_closures():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    gs = [lambda: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(loop_closures())
x = "global x"
def shadow_test():
    x = "local x"
    def inner():
        global x
        return x
    return inner()
print(shadow_test())
def deep_nonlocal():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 10
        l2()
        return a
    return l1()
print(deep_nonlocal())
def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
        yield total
    return add
print(list(gen_closure()(5)))
