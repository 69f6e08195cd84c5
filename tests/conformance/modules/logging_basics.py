# logging: hierarchy, propagation, levels, %-args, lastResort, disable, adapters, filters
import logging
import sys
import io

print(logging.getLevelName(10), logging.getLevelName(50), logging.getLevelName("WARN"),
      logging.getLevelName(15), logging.getLevelName("nope"))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
print(sorted(logging.getLevelNamesMapping().items()))
print(logging.WARN, logging.FATAL, logging.NOTSET, logging.BASIC_FORMAT)

root = logging.getLogger()
print(root is logging.root, logging.getLogger("root") is root, logging.getLogger("") is root)
a = logging.getLogger("a")
abc = logging.getLogger("a.b.c")
print(abc.parent is a, a.parent is root)
ab = logging.getLogger("a.b")          # inserted between a and a.b.c
print(abc.parent is ab, ab.parent is a)
print(a.getChild("b") is ab, root.getChild("zz") is logging.getLogger("zz"))
print(repr(a), repr(root), repr(abc))
print(type(logging.Logger.manager.loggerDict["a"]).__name__)
x = logging.getLogger("x.y.z")
print(type(logging.Logger.manager.loggerDict["x.y"]).__name__, x.parent is root)

# lastResort: no handlers anywhere -> bare message on stderr at WARNING and above
logging.getLogger("quiet").info("not shown")
logging.getLogger("quiet").warning("last resort %s", "message")
sys.stderr.flush()

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
a.addHandler(h)
a.setLevel(logging.DEBUG)
print(a.level, ab.getEffectiveLevel(), root.getEffectiveLevel(), ab.isEnabledFor(10))
abc.debug("debug %d %s", 1, "two")
abc.info("info %(k)s", {"k": "mapping"})
abc.warning("percent %% literal")
abc.error("no args %s")
abc.critical("crit")
abc.log(15, "custom level")
abc.fatal("fatal")
ab.propagate = False
abc.warning("stops at a.b (no handler there)")
ab.propagate = True
try:
    abc.log("x", "bad")
except TypeError as e:
    print("TypeError", e)
print(out.getvalue(), end="")
out.seek(0); out.truncate()

# handler levels and multiple handlers
out2 = io.StringIO()
h2 = logging.StreamHandler(out2)
h2.setLevel(logging.ERROR)
ab.addHandler(h2)
abc.warning("w")
abc.error("e")
print(repr(out.getvalue()), repr(out2.getvalue()))
print(ab.hasHandlers(), logging.getLogger("q.r").hasHandlers())
ab.removeHandler(h2)
out.seek(0); out.truncate()

# disable()
logging.disable(logging.WARNING)
abc.warning("hidden")
abc.error("visible")
print(abc.isEnabledFor(logging.WARNING), logging.root.manager.disable)
logging.disable(logging.NOTSET)
abc.warning("back")
print(repr(out.getvalue()))
out.seek(0); out.truncate()

# filters
class OnlyOdd:
    def filter(self, record):
        return record.args[0] % 2
h.addFilter(OnlyOdd())
for i in range(4):
    abc.info("n=%d", i)
h.filters.clear()
h.addFilter(lambda r: "secret" not in r.getMessage())
abc.info("public"); abc.info("secret")
h.filters.clear()
f = logging.Filter("a.b")
print(f.filter(logging.makeLogRecord({"name": "a.b"})), f.filter(logging.makeLogRecord({"name": "a.bc"})),
      f.filter(logging.makeLogRecord({"name": "a.b.c"})), f.filter(logging.makeLogRecord({"name": "a"})),
      logging.Filter().filter(logging.makeLogRecord({"name": "zz"})))
a.addFilter(logging.Filter("nothing"))
a.info("filtered by logger filter")
abc.info("logger filters do not apply to propagated records")
a.filters.clear()
a.disabled = True
a.info("disabled logger")
a.disabled = False
print(out.getvalue(), end="")
out.seek(0); out.truncate()

# LoggerAdapter
class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["ip"], msg), kwargs
ad = Ctx(abc, {"ip": "1.2.3.4"})
ad.info("hello %s", "there")
ad.debug("dbg")
print(repr(ad), ad.name, ad.getEffectiveLevel(), ad.isEnabledFor(5), ad.hasHandlers())
h.setFormatter(logging.Formatter("%(ip)s %(message)s"))
plain = logging.LoggerAdapter(abc, {"ip": "9.9.9.9"})
plain.warning("via extra")
abc.info("explicit", extra={"ip": "5.5.5.5"})
try:
    abc.info("x", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
try:
    abc.info("x", extra={"name": 1})
except KeyError as e:
    print("KeyError", e)
print(out.getvalue(), end="")

# setLevel errors
for bad in ("LOUD", 2.5, None):
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a.setLevel("INFO")
print(a.level, logging.getLevelName(a.getEffectiveLevel()))
try:
    logging.getLogger(3)
except TypeError as e:
    print("TypeError", e)

class MyLogger(logging.Logger):
    pass
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("mine")).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)
