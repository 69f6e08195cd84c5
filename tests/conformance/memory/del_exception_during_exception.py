# __del__ raising while another exception is being handled: the active exception
# is unaffected and the __del__ error is reported.
import sys


class Bad:
    def __del__(self):
        raise KeyError("in __del__")


try:
    try:
        x = Bad()
        del x
        raise RuntimeError("outer")
    except RuntimeError as e:
        y = Bad()
        del y
        print("handling", e, sys.exc_info()[0].__name__)
except Exception as e:
    print("should not happen", e)
print("end")
