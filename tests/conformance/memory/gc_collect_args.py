# gc.collect(generation) argument checking.
import gc

for gen in (0, 1, 2):
    print(gen, type(gc.collect(gen)).__name__)
print(type(gc.collect(generation=2)).__name__)
for bad in (-1, 3):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError:", e)
try:
    gc.get_objects(generation=3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.get_objects(generation=-1)
except ValueError as e:
    print("ValueError:", e)
print(type(gc.get_objects(0)).__name__)
