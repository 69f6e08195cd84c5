# logging.handlers: rotating/watched files, buffering, memory, queue handler and listener
import logging
import logging.handlers
import os
import queue

d = "/tmp/ferrython_logging_handlers_%d" % os.getpid()
os.mkdir(d)
log = logging.getLogger("hx")
log.propagate = False
log.setLevel(logging.DEBUG)

def rmtree(path):
    for name in os.listdir(path):
        os.remove(os.path.join(path, name))
    os.rmdir(path)

def listing():
    return sorted(os.listdir(d))

# RotatingFileHandler
path = os.path.join(d, "rot.log")
rh = logging.handlers.RotatingFileHandler(path, maxBytes=40, backupCount=2)
rh.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(rh)
for i in range(10):
    log.info("message number %d", i)
print(listing())
for name in listing():
    with open(os.path.join(d, name)) as f:
        print(name, repr(f.read()))
rh.namer = lambda name: name + ".renamed"
rh.doRollover()
print(listing())
log.removeHandler(rh)
rh.close()
print(repr(rh) == "<RotatingFileHandler %s (NOTSET)>" % path, rh.maxBytes, rh.backupCount, rh.mode)
print(logging.handlers.RotatingFileHandler(os.path.join(d, "w.log"), mode="w", maxBytes=5, delay=True).mode)
rmtree(d)
os.mkdir(d)

# WatchedFileHandler reopens a removed file
wpath = os.path.join(d, "watched.log")
wh = logging.handlers.WatchedFileHandler(wpath)
log.addHandler(wh)
log.warning("first")
os.remove(wpath)
log.warning("second")
wh.close()
log.removeHandler(wh)
with open(wpath) as f:
    print(repr(f.read()))

# BufferingHandler / MemoryHandler
class Capture(logging.Handler):
    def __init__(self):
        super().__init__()
        self.seen = []
    def emit(self, record):
        self.seen.append(record.getMessage())
bh = logging.handlers.BufferingHandler(3)
log.addHandler(bh)
log.info("a"); log.info("b")
print([r.getMessage() for r in bh.buffer])
log.info("c")
print(bh.buffer)
log.removeHandler(bh)
target = Capture()
mh = logging.handlers.MemoryHandler(4, flushLevel=logging.ERROR, target=target)
log.addHandler(mh)
log.info("m1"); log.debug("m2")
print(target.seen, len(mh.buffer))
log.error("m3 triggers flush")
print(target.seen, len(mh.buffer))
for i in range(5):
    log.info("fill %d", i)
print(target.seen, len(mh.buffer))
mh.close()
print(target.seen, mh.target)
log.removeHandler(mh)
mh2 = logging.handlers.MemoryHandler(10, target=target, flushOnClose=False)
mh2.handle(logging.makeLogRecord({"msg": "dropped", "levelno": 20}))
mh2.close()
print(target.seen[-1])

# QueueHandler + QueueListener
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log.addHandler(qh)
try:
    {}["missing"]
except KeyError:
    log.exception("queued %s", "error")
log.info("queued %d", 2)
rec = q.get_nowait()
print(rec.msg.splitlines()[0], rec.msg.splitlines()[-1], rec.args, rec.exc_info, rec.exc_text, rec.stack_info, rec.levelname)
print(q.get_nowait().getMessage(), q.empty())
sink = Capture()
sink.setLevel(logging.WARNING)
listener = logging.handlers.QueueListener(q, sink, respect_handler_level=True)
listener.start()
log.info("to listener (filtered by level)")
log.warning("to listener")
log.error("to listener %s", "again")
listener.stop()
print(sink.seen)
log.removeHandler(qh)
rmtree(d)
