# logging.Formatter: styles, times, caller information, exceptions, stacks
import logging
import os
import io
import sys
import threading

buf = io.StringIO()
h = logging.StreamHandler(buf)
log = logging.getLogger("fmt")
log.addHandler(h)
log.propagate = False
log.setLevel(logging.DEBUG)

def show():
    print(buf.getvalue(), end="")
    buf.seek(0)
    buf.truncate()

# fixed creation times through a record factory
old_factory = logging.getLogRecordFactory()
def factory(*args, **kwargs):
    r = old_factory(*args, **kwargs)
    r.created = 1700000000.0456
    r.msecs = 45.0
    return r
logging.setLogRecordFactory(factory)

h.setFormatter(logging.Formatter("%(asctime)s %(msecs)03d %(levelname)s %(message)s"))
log.info("default time format")
h.setFormatter(logging.Formatter("%(asctime)s|%(message)s", datefmt="%d/%m/%y %H-%M-%S %j %b %a"))
log.info("custom datefmt")
class F(logging.Formatter):
    default_msec_format = "%s.%03d"
h.setFormatter(F("%(asctime)s %(message)s"))
log.info("msec format")
F.default_msec_format = None
log.info("no msecs")
h.setFormatter(logging.Formatter("{asctime} {msecs:.0f} {message}", style="{"))
log.info("brace asctime")
h.setFormatter(logging.Formatter("$asctime ${message}", style="$"))
log.info("dollar asctime")
show()

# caller information
h.setFormatter(logging.Formatter(
    "%(filename)s:%(lineno)d %(module)s %(funcName)s %(pathname)s %(name)s %(levelno)s"))
def where():
    log.warning("w")
def outer():
    where()
    log.warning("up one", stacklevel=2)
where()
outer()
log.warning("top", stacklevel=9)
show()

h.setFormatter(logging.Formatter("%(process)s %(thread)s %(threadName)s %(processName)s"))
log.info("ids")
text = buf.getvalue().split()
buf.seek(0); buf.truncate()
print(text[0] == str(os.getpid()), text[1] == str(threading.get_ident()), text[2:])
def in_thread():
    log.info("thread")
t = threading.Thread(target=in_thread, name="Worker-7")
t.start(); t.join()
print(buf.getvalue().split()[2:])
buf.seek(0); buf.truncate()

# every field, padding and numbers
h.setFormatter(logging.Formatter("[%(levelname)-8s] [%(name)10s] %(levelno)03d %(message)r"))
log.error("padded")
h.setFormatter(logging.Formatter("{levelname:>9}|{name!r}|{levelno:#x}", style="{"))
log.critical("hex")
h.setFormatter(logging.Formatter("%(message)s %(missing)s", defaults={"missing": "dflt"}))
log.info("defaults")
try:
    logging.Formatter("%(message)s %(missing)s").format(logging.makeLogRecord({"msg": "m"}))
except ValueError as e:
    print("ValueError", e)
show()

# exceptions and stack info
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
def fail():
    raise KeyError("k")
try:
    fail()
except KeyError:
    log.exception("caught %s", "it")
    log.error("with exc_info", exc_info=True)
    err = sys.exc_info()
log.info("exc_info tuple", exc_info=err)
log.info("exc_info instance", exc_info=err[1])
log.info("exc_info false", exc_info=False)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("chained") from e
except ValueError:
    log.warning("chain", exc_info=True)
def deeper():
    log.info("stack", stack_info=True)
deeper()
show()

r = logging.LogRecord("n", 20, "/p/q/mod.py", 7, "hello %s %s", ("a", 1), None, "fn")
print(r, r.getMessage(), r.filename, r.module, r.funcName, r.levelname, r.args)
r2 = logging.LogRecord("n", 20, "p", 7, "%(x)s", ({"x": 5},), None)
print(r2.args, r2.getMessage())
r3 = logging.LogRecord("n", 20, None, 7, 42, (), None)
print(r3.getMessage(), r3.filename, r3.module)
fm = logging.Formatter()
print(repr(fm.format(r)), fm.usesTime(), logging.Formatter("%(asctime)s").usesTime(),
      logging.Formatter("{asctime:>5}", style="{").usesTime(),
      logging.Formatter("$asctime", style="$").usesTime())
print(fm._fmt, logging.Formatter(style="{")._fmt, logging.Formatter(style="$")._fmt)

# validation
for fmt, style in (("plain", "%"), ("%(x)", "%"), ("%(x)5.d", "%"), ("%(x)-5.3z", "%"),
                   ("%(x)#05.3f", "%"), ("%(x)*d", "%"), ("{x!z}", "{"), ("{x:zz}", "{"), ("{a-b}", "{"),
                   ("{", "{"), ("{x}", "{"), ("{x[0].y:>{w}}", "{"), ("{x:*^+#010,.3f}", "{"),
                   ("{x:.}", "{"), ("{}", "{"), ("no fields", "{"), ("$", "$"), ("x", "$"), ("$$", "$"),
                   ("${x} $y", "$"), ("%(x)s", "?")):
    try:
        f = logging.Formatter(fmt, style=style)
        print("ok", repr(f._fmt))
    except ValueError as e:
        print("ValueError", e)
print(logging.Formatter("no fields", validate=False)._fmt)

bf = logging.BufferingFormatter()
print(repr(bf.format([])), repr(bf.format([r, r2])))
class BF(logging.BufferingFormatter):
    def formatHeader(self, records): return "<%d>" % len(records)
    def formatFooter(self, records): return "</>"
print(BF(logging.Formatter("%(message)s;")).format([r, r2]))
rec = logging.makeLogRecord({"msg": "made %s", "args": ("up",), "levelno": 30, "custom": 1})
print(rec.getMessage(), rec.levelno, rec.custom, rec.levelname, rec.name)
logging.setLogRecordFactory(old_factory)
