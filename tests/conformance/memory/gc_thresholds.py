# get_threshold/set_threshold and their argument rules.
import gc

print(gc.get_threshold())
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(100, 20)
print(gc.get_threshold())
gc.set_threshold(1, 2, 3)
print(gc.get_threshold())
for args in ((), (1, 2, 3, 4), ("x",), (1.5,)):
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print("TypeError:", e)
gc.set_threshold(0)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
