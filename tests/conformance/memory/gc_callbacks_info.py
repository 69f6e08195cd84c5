# gc.callbacks are called with ("start"|"stop", info) around each collection.
import gc

gc.collect()
events = []


def cb(phase, info):
    events.append((phase, sorted(info), info["generation"]))
    if phase == "stop":
        events.append(("collected", info["collected"], "uncollectable", info["uncollectable"]))


gc.callbacks.append(cb)
x = []
x.append(x)
del x
gc.collect()
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
for e in events:
    print(e)
print(type(gc.callbacks).__name__, gc.callbacks)
