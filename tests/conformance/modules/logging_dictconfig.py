# logging.config.dictConfig: formatters, filters, handlers, loggers, root, incremental, errors
import logging
import logging.config
import logging.handlers
import sys

old = logging.getLogger("old.existing")
kept = logging.getLogger("app.child")

class Upper(logging.Filter):
    def __init__(self, suffix):
        super().__init__()
        self.suffix = suffix
    def filter(self, record):
        record.msg = record.msg.upper() + self.suffix
        return True

config = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s:%(name)s:%(message)s"},
        "brace": {"format": "{name} | {message}", "style": "{"},
    },
    "filters": {
        "only_app": {"name": "app"},
        "upper": {"()": Upper, "suffix": "!"},
    },
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                "formatter": "brief", "level": "DEBUG"},
        "braced": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "brace", "filters": ["upper"]},
        "mem": {"class": "logging.handlers.MemoryHandler", "capacity": 2, "target": "out"},
    },
    "loggers": {
        "app": {"level": "INFO", "handlers": ["out"], "propagate": False, "filters": ["only_app"]},
        "lib": {"level": "WARNING", "handlers": ["braced"]},
        "buffered": {"handlers": ["mem"], "propagate": False, "level": "DEBUG"},
    },
    "root": {"level": "ERROR", "handlers": ["out"]},
}
logging.config.dictConfig(config)
logging.getLogger("app").info("app info")
logging.getLogger("app").debug("app debug (dropped)")
logging.getLogger("app.sub").warning("from a child")
kept.info("existing child of a configured logger")
logging.getLogger("lib").warning("lib warning")
logging.getLogger("lib").info("lib info (dropped)")
logging.getLogger("other").error("root handles this")
logging.getLogger("other").warning("below root level")
old.error("old logger is disabled")
print(old.disabled, kept.disabled, kept.level, logging.root.level, sorted(logging._handlers.keys()))
lb = logging.getLogger("buffered")
lb.info("one"); print("buffered so far")
lb.info("two")
print(type(logging._handlers["mem"].target).__name__)

logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"out": {"level": "ERROR"}},
                           "loggers": {"app": {"level": "DEBUG"}}})
logging.getLogger("app").debug("handler level now ERROR (dropped)")
logging.getLogger("app").error("app error")

logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
                           "root": {"handlers": ["h"], "level": "INFO"}})
logging.getLogger("app").warning("app no longer has handlers, propagates? %s", logging.getLogger("app").propagate)
logging.getLogger("brand.new").info("plain formatter")

for bad in ({}, {"version": 2}, {"version": 1, "handlers": {"x": {"class": "no.such.Handler"}}},
            {"version": 1, "handlers": {"x": {"class": "logging.StreamHandler", "formatter": "nope"}}},
            {"version": 1, "loggers": {"a": {"level": "LOUD"}}},
            {"version": 1, "root": {"handlers": ["missing"]}},
            {"version": 1, "formatters": {"f": {"format": "%(message)s", "style": "?"}}},
            {"version": 1, "incremental": True, "handlers": {"ghost": {"level": "INFO"}}}):
    try:
        logging.config.dictConfig(bad)
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
print(logging.config.valid_ident("abc"))
try:
    logging.config.valid_ident("1abc")
except ValueError as e:
    print(e)
