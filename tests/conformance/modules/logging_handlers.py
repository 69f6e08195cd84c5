# logging handlers: StreamHandler, FileHandler, NullHandler, custom handlers, shutdown at exit
import logging
import io
import os
import sys

log = logging.getLogger("h")
log.propagate = False

class ListHandler(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))

lh = ListHandler(logging.INFO)
log.addHandler(lh)
log.setLevel(logging.DEBUG)
log.debug("dropped by handler level")
log.info("kept %s", 1)
log.warning("kept %s", 2)
print(lh.records)
print(repr(lh), repr(logging.Handler()), repr(logging.NullHandler()))
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError", e)
print(logging.NullHandler().handle(None), logging.NullHandler().lock)

# StreamHandler: terminator, setStream, repr
s1, s2 = io.StringIO(), io.StringIO()
sh = logging.StreamHandler(s1)
sh.terminator = "\r\n"
log.addHandler(sh)
log.info("one")
print(sh.setStream(s2) is s1, sh.setStream(s2))
log.info("two")
print(repr(s1.getvalue()), repr(s2.getvalue()))
print(repr(sh))
class Named(io.StringIO):
    name = "my-stream"
print(repr(logging.StreamHandler(Named())), repr(logging.StreamHandler(Named()).stream.name))
sh.name = "sh"
print(sh.name, sh.get_name())
log.removeHandler(sh)

# handle() returns the filter result
print(sh.handle(logging.makeLogRecord({"msg": "direct"})), repr(s2.getvalue()))
sh.addFilter(lambda r: False)
print(sh.handle(logging.makeLogRecord({"msg": "blocked"})))

# FileHandler
d = "/tmp/ferrython_logging_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "f.log")
fh = logging.FileHandler(p, mode="w")
fh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log.addHandler(fh)
log.error("in file")
log.info("also in file")
fh.close()
print(fh.stream)
with open(p) as f:
    print(repr(f.read()))
dh = logging.FileHandler(p, delay=True)
print(dh.stream, os.path.basename(dh.baseFilename), dh.mode, dh.delay)
log.addHandler(dh)
log.warning("delayed open")
print(dh.stream is not None)
dh.close()
log.removeHandler(fh); log.removeHandler(dh)
with open(p) as f:
    print(repr(f.read()))
os.remove(p)

# raiseExceptions off: errors in emit are swallowed
class Boom(logging.Handler):
    def emit(self, record):
        try:
            raise RuntimeError("emit failed")
        except Exception:
            self.handleError(record)
logging.raiseExceptions = False
log.addHandler(Boom())
log.warning("swallowed")
logging.raiseExceptions = True
print("after swallowed")

# a handler whose flush/close report at interpreter exit (logging.shutdown via atexit)
class Reporter(logging.StreamHandler):
    def flush(self):
        print("flush", self.name)
    def close(self):
        print("close", self.name)
        super().close()
r1 = Reporter(sys.stdout); r1.name = "r1"
r2 = Reporter(sys.stdout); r2.name = "r2"
keep = [r1, r2]
os.rmdir(d)
print("end of program")
