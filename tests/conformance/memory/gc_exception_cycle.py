# Keeping an exception in a local of the frame it was raised in makes a cycle
# (exception -> traceback -> frame -> exception) that only gc frees.
import gc
import weakref


class Big:
    pass


def keep_exception():
    obj = Big()
    w = weakref.ref(obj)
    try:
        raise ValueError("x")
    except ValueError as e:
        saved = e
    return w


gc.collect()
w = keep_exception()
print("alive after return:", w() is not None)
print(gc.collect() > 0, w())
