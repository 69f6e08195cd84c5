"""A small stand-in for the `pyperf` module, written for ferrython's bench/.

pyperformance's benchmark scripts (`bm_*/run_benchmark.py`) import pyperf,
build a `pyperf.Runner`, add their options to `runner.argparser` and hand a
function to `bench_func` / `bench_time_func` / `bench_async_func`.  Real
pyperf then spawns worker processes, calibrates loop counts and stores
statistics.  This module does none of that: it runs each benchmark in the
current process with a FIXED number of loops given on the command line
(`--loops N`, default 1), so CPython and ferrython do identical work, and
prints one deterministic line per benchmark:

    <name>: <loops> loops

The harness (bench/run.py) times the whole process from outside and
compares this output between the two interpreters.  With the environment
variable PYPERF_SHIM_TIMES=1 the in-process time of each benchmark also
goes to stderr.

It imports nothing beyond `sys` and `time` at load time (no argparse: the
option parser below is a tiny argparse-like object), so it runs on an early
interpreter.  Written for this project; no code taken from pyperf.
"""

import sys
import time

__version__ = "0.0-ferrython-shim"
VERSION = (0, 0)

perf_counter = time.perf_counter


def python_implementation():
    """Lower-case implementation name: 'cpython', 'pypy', 'ferrython', ..."""
    impl = getattr(sys, "implementation", None)
    name = getattr(impl, "name", None)
    return (name or "cpython").lower()


def python_has_jit():
    return False


class ShimUsageError(Exception):
    pass


class Namespace:
    """Attribute bag returned by ArgParser.parse_args()."""

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def __contains__(self, key):
        return key in self.__dict__

    def __repr__(self):
        items = sorted(self.__dict__.items())
        return "Namespace(%s)" % ", ".join("%s=%r" % kv for kv in items)


class _Arg:
    def __init__(self, names, kw):
        self.names = list(names)
        self.optional = bool(names) and names[0].startswith("-")
        self.action = kw.pop("action", None) or "store"
        self.nargs = kw.pop("nargs", None)
        self.type = kw.pop("type", None)
        self.choices = kw.pop("choices", None)
        self.const = kw.pop("const", None)
        self.required = kw.pop("required", False)
        dest = kw.pop("dest", None)
        if "default" in kw:
            self.default = kw.pop("default")
        elif self.action == "store_true":
            self.default = False
        elif self.action == "store_false":
            self.default = True
        else:
            self.default = None
        kw.pop("help", None)
        kw.pop("metavar", None)
        if kw:
            raise TypeError("add_argument(): unsupported keyword(s) %s"
                            % ", ".join(sorted(kw)))
        if self.action not in ("store", "store_true", "store_false",
                               "store_const", "append", "count"):
            raise ValueError("add_argument(): unsupported action %r" % self.action)
        if dest is None:
            if self.optional:
                longs = [n for n in self.names if n.startswith("--")]
                dest = (longs[0] if longs else self.names[0]).lstrip("-")
            else:
                dest = self.names[0]
            dest = dest.replace("-", "_")
        self.dest = dest

    def takes_value(self):
        return self.action in ("store", "append")

    def convert(self, text):
        value = text
        if self.type is not None:
            try:
                value = self.type(text)
            except (TypeError, ValueError):
                raise ShimUsageError("argument %s: invalid %s value: %r" % (
                    "/".join(self.names), getattr(self.type, "__name__", "?"), text))
        if self.choices is not None and value not in self.choices:
            raise ShimUsageError("argument %s: invalid choice: %r (choose from %s)" % (
                "/".join(self.names), value,
                ", ".join(repr(c) for c in self.choices)))
        return value


class ArgParser:
    """The part of argparse.ArgumentParser that benchmark scripts use.

    Supports optional arguments (`--name value`, `--name=value`, `-n value`,
    `-nvalue`) with actions store, store_true, store_false, store_const,
    append and count; positionals with nargs None, '?', '*' or '+'; `type`,
    `choices`, `default`, `dest`; `--` ends the options.  Errors raise
    SystemExit(2) after a one-line message on stderr, like argparse.
    """

    def __init__(self, prog=None, description=None):
        self.prog = prog
        self.description = description
        self._args = []

    def add_argument(self, *names, **kw):
        if not names:
            raise TypeError("add_argument() needs a name")
        arg = _Arg(names, dict(kw))
        for other in self._args:
            clash = set(other.names) & set(arg.names)
            if clash and arg.optional:
                raise ValueError("conflicting option string(s): %s"
                                 % ", ".join(sorted(clash)))
        self._args.append(arg)
        return arg

    def set_defaults(self, **kw):
        for arg in self._args:
            if arg.dest in kw:
                arg.default = kw.pop(arg.dest)
        self._extra_defaults = dict(getattr(self, "_extra_defaults", {}), **kw)

    def _find_option(self, token):
        for arg in self._args:
            if arg.optional and token in arg.names:
                return arg
        return None

    def _default(self, arg):
        value = arg.default
        if isinstance(value, str) and arg.type is not None and arg.takes_value():
            value = arg.convert(value)
        return value

    def parse_args(self, args=None, namespace=None):
        try:
            return self._parse(args, namespace)
        except ShimUsageError as exc:
            prog = self.prog or "run_benchmark.py"
            sys.stderr.write("%s: error: %s\n" % (prog, exc))
            raise SystemExit(2)

    def _parse(self, args, namespace):
        if args is None:
            args = sys.argv[1:]
        args = list(args)
        ns = namespace if namespace is not None else Namespace()
        values = {}
        for arg in self._args:
            values[arg.dest] = self._default(arg)
        for k, v in getattr(self, "_extra_defaults", {}).items():
            values[k] = v
        positional_tokens = []
        seen = set()
        i = 0
        only_positionals = False
        while i < len(args):
            tok = args[i]
            i += 1
            if only_positionals or tok == "-" or not tok.startswith("-"):
                positional_tokens.append(tok)
                continue
            if tok == "--":
                only_positionals = True
                continue
            inline = None
            arg = self._find_option(tok)
            if arg is None and "=" in tok and tok.startswith("--"):
                name, inline = tok.split("=", 1)
                arg = self._find_option(name)
            if arg is None and not tok.startswith("--") and len(tok) > 2:
                arg = self._find_option(tok[:2])
                if arg is not None:
                    inline = tok[2:]
            if arg is None:
                raise ShimUsageError("unrecognized arguments: %s" % tok)
            seen.add(arg.dest)
            if arg.takes_value():
                if inline is None:
                    if i >= len(args):
                        raise ShimUsageError("argument %s: expected one argument"
                                             % "/".join(arg.names))
                    inline = args[i]
                    i += 1
                value = arg.convert(inline)
                if arg.action == "append":
                    current = values.get(arg.dest)
                    values[arg.dest] = (list(current) if current else []) + [value]
                else:
                    values[arg.dest] = value
            else:
                if inline is not None:
                    raise ShimUsageError("argument %s: ignored explicit argument %r"
                                         % ("/".join(arg.names), inline))
                if arg.action == "store_true":
                    values[arg.dest] = True
                elif arg.action == "store_false":
                    values[arg.dest] = False
                elif arg.action == "store_const":
                    values[arg.dest] = arg.const
                else:  # count
                    values[arg.dest] = (values.get(arg.dest) or 0) + 1
        for arg in self._args:
            if arg.optional and arg.required and arg.dest not in seen:
                raise ShimUsageError("the following arguments are required: %s"
                                     % "/".join(arg.names))
        positionals = [a for a in self._args if not a.optional]
        for n, arg in enumerate(positionals):
            rest_need = sum(1 for a in positionals[n + 1:] if a.nargs in (None, "+"))
            available = len(positional_tokens) - rest_need
            if arg.nargs is None:
                if not positional_tokens:
                    raise ShimUsageError("the following arguments are required: %s"
                                         % arg.dest)
                values[arg.dest] = arg.convert(positional_tokens.pop(0))
            elif arg.nargs == "?":
                if available > 0:
                    values[arg.dest] = arg.convert(positional_tokens.pop(0))
            elif arg.nargs in ("*", "+"):
                take = max(available, 0)
                if arg.nargs == "+" and take == 0:
                    raise ShimUsageError("the following arguments are required: %s"
                                         % arg.dest)
                values[arg.dest] = [arg.convert(t) for t in positional_tokens[:take]]
                del positional_tokens[:take]
            else:
                raise ShimUsageError("unsupported nargs %r" % (arg.nargs,))
        if positional_tokens:
            raise ShimUsageError("unrecognized arguments: %s" % " ".join(positional_tokens))
        for k, v in values.items():
            setattr(ns, k, v)
        return ns


class Runner:
    """Runs benchmark functions a fixed number of times (`--loops N`).

    Keyword arguments of pyperf.Runner are accepted and ignored, except
    `metadata` (copied into `self.metadata`) and `loops` (default loop
    count when `--loops` is not given).
    """

    def __init__(self, values=None, processes=None, loops=0, min_time=None,
                 metadata=None, show_name=True, program_args=None,
                 add_cmdline_args=None, _argparser=None, warmups=None, **kw):
        self.metadata = dict(metadata) if metadata else {}
        self.argparser = _argparser if _argparser is not None else ArgParser()
        self.argparser.add_argument("-l", "--loops", type=int, default=loops or 1)
        self.argparser.add_argument("--inner-loops", type=int, default=None)
        self.add_cmdline_args = add_cmdline_args
        self.args = None
        self.results = []  # [(name, loops, seconds)]
        self._names = set()

    def parse_args(self, args=None):
        if self.args is None:
            self.args = self.argparser.parse_args(args)
            if self.args.loops < 1:
                sys.stderr.write("pyperf shim: --loops must be >= 1\n")
                raise SystemExit(2)
        return self.args

    def _loops(self):
        return self.parse_args().loops

    def _record(self, name, loops, seconds):
        if name in self._names:
            raise ValueError("duplicated benchmark name: %r" % (name,))
        self._names.add(name)
        if not isinstance(seconds, (int, float)):
            raise TypeError("benchmark %r: the time function must return a number "
                            "of seconds, got %s" % (name, type(seconds).__name__))
        self.results.append((name, loops, seconds))
        print("%s: %d loops" % (name, loops))
        sys.stdout.flush()
        if _env_flag("PYPERF_SHIM_TIMES"):
            sys.stderr.write("pyperf shim: %s %.6f s\n" % (name, seconds))
        return seconds

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        """Call func(*args) `loops` times."""
        loops = self._loops()
        t0 = perf_counter()
        for _ in range(loops):
            func(*args)
        return self._record(name, loops, perf_counter() - t0)

    def bench_time_func(self, name, time_func, *args, inner_loops=None,
                        metadata=None):
        """Call time_func(loops, *args) once; it returns the seconds taken."""
        loops = self._loops()
        return self._record(name, loops, time_func(loops, *args))

    def bench_async_func(self, name, func, *args, inner_loops=None,
                         metadata=None, loop_factory=None):
        """Await func(*args) `loops` times inside one event loop."""
        import asyncio
        loops = self._loops()

        async def main():
            t0 = perf_counter()
            for _ in range(loops):
                await func(*args)
            return perf_counter() - t0

        if loop_factory is None:
            seconds = asyncio.run(main())
        else:
            loop = loop_factory()
            try:
                seconds = loop.run_until_complete(main())
            finally:
                loop.close()
        return self._record(name, loops, seconds)

    def bench_command(self, name, command):
        """Run an external command `loops` times."""
        import subprocess
        loops = self._loops()
        t0 = perf_counter()
        for _ in range(loops):
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        return self._record(name, loops, perf_counter() - t0)


def _env_flag(name):
    import os
    return os.environ.get(name, "") not in ("", "0")
