# Error messages name datetime/array/collections types as CPython names its C types.
import datetime, array, collections
for f in [lambda: datetime.date(2024, 1, 1) + 1, lambda: hash(array.array('i')), lambda: hash(collections.deque()), lambda: datetime.timedelta(1) < 3, lambda: collections.OrderedDict().nope]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(datetime.date.__name__, array.array.__name__, collections.deque.__name__, repr(datetime.date), type(datetime.date(2024,1,1)))
