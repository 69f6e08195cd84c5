# An exception raised by a gc callback is reported, the collection still happens.
import gc


def bad(phase, info):
    if phase == "start":
        raise ValueError("callback failed")


gc.callbacks.append(bad)
lst = []
lst.append(lst)
del lst
print(gc.collect())
gc.callbacks.remove(bad)
print("end")
