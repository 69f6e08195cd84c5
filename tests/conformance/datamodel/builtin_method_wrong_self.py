# calling an unbound builtin method with the wrong type of self
for fn, args in ((list.append, (5, 1)), (dict.keys, ("s",)), (str.upper, (1,)), (list.__len__, ({},)), (int.__add__, ("a", 1))):
    try:
        fn(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list.append()
except TypeError as e:
    print(type(e).__name__, e)
class MyList(list): pass
m = MyList()
list.append(m, 1)
print(m)
