"""Configuring logging from a dictionary (ferrython's implementation of
CPython 3.11's logging.config.dictConfig; fileConfig and listen() are not
provided)."""

import re
import sys
import logging
import logging.handlers

IDENTIFIER = re.compile("^[a-z_][a-z0-9_]*$", re.I)
DEFAULT_LOGGING_CONFIG_PORT = 9030


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError("Not a valid Python identifier: %r" % s)
    return True


def _resolve(name):
    """The object a dotted name refers to, importing modules as needed."""
    parts = name.split(".")
    used = parts.pop(0)
    found = __import__(used)
    for frag in parts:
        used += "." + frag
        try:
            found = getattr(found, frag)
        except AttributeError:
            __import__(used)
            found = getattr(found, frag)
    return found


_CFG_WORD = re.compile(r"^\s*(\w+)\s*")
_CFG_DOT = re.compile(r"^\.\s*(\w+)\s*")
_CFG_INDEX = re.compile(r"^\[\s*(\w+)\s*\]\s*")
_DIGITS = re.compile(r"^\d+$")


class DictConfigurator(object):
    """Applies one configuration dictionary (see dictConfig)."""

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = config

    # -- value conversion ------------------------------------------------
    def resolve(self, s):
        try:
            return _resolve(s)
        except ImportError as e:
            v = ValueError("Cannot resolve %r: %s" % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        rest = value
        m = _CFG_WORD.match(rest)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = rest[m.end():]
        d = self.config[m.groups()[0]]
        while rest:
            m = _CFG_DOT.match(rest)
            if m:
                d = d[m.groups()[0]]
            else:
                m = _CFG_INDEX.match(rest)
                if m:
                    idx = m.groups()[0]
                    if not _DIGITS.match(idx):
                        d = d[idx]
                    else:
                        try:
                            d = d[int(idx)]
                        except TypeError:
                            d = d[idx]
            if m:
                rest = rest[m.end():]
            else:
                raise ValueError("Unable to convert %r at %r" % (value, rest))
        return d

    def convert(self, value):
        if isinstance(value, str):
            if value.startswith("ext://"):
                return self.ext_convert(value[6:])
            if value.startswith("cfg://"):
                return self.cfg_convert(value[6:])
        return value

    def configure_custom(self, config):
        c = config.pop("()")
        if not callable(c):
            c = self.resolve(c)
        props = config.pop(".", None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value

    # -- the sections ------------------------------------------------------
    def configure(self):
        config = self.config
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        incremental = config.pop("incremental", False)
        EMPTY = {}
        logging._acquireLock()
        try:
            if incremental:
                handlers = config.get("handlers", EMPTY)
                for name in handlers:
                    if name not in logging._handlers:
                        raise ValueError("No handler found with name %r" % name)
                    try:
                        handler = logging._handlers[name]
                        level = handlers[name].get("level", None)
                        if level:
                            handler.setLevel(logging._checkLevel(level))
                    except Exception as e:
                        raise ValueError("Unable to configure handler %r" % name) from e
                loggers = config.get("loggers", EMPTY)
                for name in loggers:
                    try:
                        self.configure_logger(name, loggers[name], True)
                    except Exception as e:
                        raise ValueError("Unable to configure logger %r" % name) from e
                root = config.get("root", None)
                if root:
                    try:
                        self.configure_root(root, True)
                    except Exception as e:
                        raise ValueError("Unable to configure root logger") from e
                return
            disable_existing = config.pop("disable_existing_loggers", True)
            _clearExistingHandlers()
            formatters = config.get("formatters", EMPTY)
            for name in formatters:
                try:
                    formatters[name] = self.configure_formatter(formatters[name])
                except Exception as e:
                    raise ValueError("Unable to configure formatter %r" % name) from e
            filters = config.get("filters", EMPTY)
            for name in filters:
                try:
                    filters[name] = self.configure_filter(filters[name])
                except Exception as e:
                    raise ValueError("Unable to configure filter %r" % name) from e
            handlers = config.get("handlers", EMPTY)
            deferred = []
            for name in sorted(handlers):
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    if "target not configured yet" in str(e.__cause__):
                        deferred.append(name)
                    else:
                        raise ValueError("Unable to configure handler %r" % name) from e
            for name in deferred:
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    raise ValueError("Unable to configure handler %r" % name) from e
            root = logging.root
            existing = list(root.manager.loggerDict.keys())
            existing.sort()
            child_loggers = []
            loggers = config.get("loggers", EMPTY)
            for name in loggers:
                if name in existing:
                    i = existing.index(name) + 1
                    prefixed = name + "."
                    pflen = len(prefixed)
                    num_existing = len(existing)
                    while i < num_existing:
                        if existing[i][:pflen] == prefixed:
                            child_loggers.append(existing[i])
                        i += 1
                    existing.remove(name)
                try:
                    self.configure_logger(name, loggers[name])
                except Exception as e:
                    raise ValueError("Unable to configure logger %r" % name) from e
            _handle_existing_loggers(existing, child_loggers, disable_existing)
            root_config = config.get("root", None)
            if root_config:
                try:
                    self.configure_root(root_config)
                except Exception as e:
                    raise ValueError("Unable to configure root logger") from e
        finally:
            logging._releaseLock()

    def configure_formatter(self, config):
        if "()" in config:
            factory = config["()"]
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                config["fmt"] = config.pop("format")
                config["()"] = factory
                return self.configure_custom(config)
        fmt = config.get("format", None)
        dfmt = config.get("datefmt", None)
        style = config.get("style", "%")
        cname = config.get("class", None)
        c = logging.Formatter if not cname else _resolve(cname)
        if "validate" in config:
            return c(fmt, dfmt, style, config["validate"])
        return c(fmt, dfmt, style)

    def configure_filter(self, config):
        if "()" in config:
            return self.configure_custom(config)
        return logging.Filter(config.get("name", ""))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, "filter", None)):
                    filter_ = f
                else:
                    filter_ = self.config["filters"][f]
                filterer.addFilter(filter_)
            except Exception as e:
                raise ValueError("Unable to add filter %r" % f) from e

    def configure_handler(self, config):
        config = dict(config)
        config_fmt = config.pop("formatter", None)
        formatter = None
        if config_fmt:
            try:
                formatter = self.config["formatters"][config_fmt]
            except Exception as e:
                raise ValueError("Unable to set formatter %r" % config_fmt) from e
        level = config.pop("level", None)
        filters = config.pop("filters", None)
        if "()" in config:
            c = config.pop("()")
            if not callable(c):
                c = self.resolve(c)
            factory = c
        else:
            cname = config.pop("class")
            klass = self.resolve(cname) if not callable(cname) else cname
            if issubclass(klass, logging.handlers.MemoryHandler) and "target" in config:
                try:
                    th = self.config["handlers"][config["target"]]
                    if not isinstance(th, logging.Handler):
                        config["class"] = cname
                        raise ValueError("target not configured yet")
                    config["target"] = th
                except Exception as e:
                    raise ValueError("Unable to set target handler %r" % config["target"]) from e
            factory = klass
        props = config.pop(".", None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config["handlers"][h])
            except Exception as e:
                raise ValueError("Unable to add handler %r" % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get("level", None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get("handlers", None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get("filters", None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get("propagate", None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configures logging from a dictionary (schema version 1)."""
    dictConfigClass(config).configure()


def _clearExistingHandlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    root = logging.root
    for log in existing:
        logger = root.manager.loggerDict[log]
        if log in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing
