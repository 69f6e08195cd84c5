# gc.get_referrers finds the containers that refer to an object.
import gc

target = ["target"]
in_list = [target]
in_dict = {"t": target}
in_tuple = (target,)


class Holder:
    def __init__(self, v):
        self.v = v


h = Holder(target)
refs = gc.get_referrers(target)
print(any(r is in_list for r in refs), any(r is in_dict for r in refs), any(r is in_tuple for r in refs))
print(any(r is globals() for r in refs))
lone = ["lone"]
print([r is globals() for r in gc.get_referrers(lone)])
