# logging.basicConfig and the module-level functions
import logging
import sys
import io
import os

logging.warning("first call configures the root: %s", "stderr")
logging.info("below WARNING")
sys.stderr.flush()
print(len(logging.root.handlers), type(logging.root.handlers[0]).__name__,
      logging.root.handlers[0].formatter._fmt)

buf = io.StringIO()
logging.basicConfig(stream=buf)        # ignored: root already has a handler
print(len(logging.root.handlers))
logging.basicConfig(stream=buf, level=logging.DEBUG, force=True,
                    format="%(levelname)-8s %(name)s: %(message)s")
logging.debug("now %s", "debug")
logging.getLogger("pkg.mod").info("from pkg")
logging.critical("crit"); logging.fatal("fatal"); logging.error("err"); logging.log(25, "lvl25")
try:
    int("x")
except ValueError:
    logging.exception("conversion failed")
print(buf.getvalue(), end="")

for style, fmt in (("{", "{levelname}/{name}/{message!r:>12}"), ("$", "$levelname ${name}: $message")):
    buf = io.StringIO()
    logging.basicConfig(stream=buf, style=style, format=fmt, force=True)
    logging.warning("styled")
    print(buf.getvalue(), end="")
buf = io.StringIO()
logging.basicConfig(stream=buf, style="{", force=True)
logging.error("default brace format")
buf2 = io.StringIO()
logging.basicConfig(stream=buf2, style="$", force=True)
logging.error("default dollar format")
print(buf.getvalue() + buf2.getvalue(), end="")

for kwargs in ({"stream": buf, "filename": "x"}, {"handlers": [], "stream": buf},
               {"style": "#"}, {"bogus": 1, "other": 2}, {"format": "no fields"},
               {"style": "{", "format": "{bad"}, {"level": "NOPE"}):
    try:
        logging.basicConfig(force=True, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

d = "/tmp/ferrython_logging_%d" % os.getpid()
os.mkdir(d)
path = os.path.join(d, "log.txt")
logging.basicConfig(filename=path, filemode="w", force=True, level=logging.INFO,
                    format="%(levelname)s %(message)s")
logging.info("to file 1")
logging.warning("to file %d", 2)
h = logging.root.handlers[0]
print(type(h).__name__, h.baseFilename == path, h.mode, repr(h) == "<FileHandler %s (NOTSET)>" % path)
logging.basicConfig(filename=path, force=True)   # appends, closes the old handler
logging.error("appended")
logging.root.handlers[0].close()
with open(path) as f:
    print(f.read(), end="")
h1 = logging.StreamHandler(sys.stdout)
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("h2: %(message)s"))
logging.basicConfig(handlers=[h1, h2], force=True, format="h1: %(message)s", level="DEBUG")
logging.debug("to both")
print(logging.root.level, h1.formatter._fmt, h2.formatter._fmt)
os.remove(path)
os.rmdir(d)
