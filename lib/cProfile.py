"""Deterministic profiling of Python programs (cProfile's interface on _lsprof)."""

import _lsprof

__all__ = ["run", "runctx", "Profile"]


def run(statement, filename=None, sort=-1):
    """Profiles `statement` (run in __main__) and prints or saves the statistics."""
    return Profile()._run_and_report(statement, None, None, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    return Profile()._run_and_report(statement, globals, locals, filename, sort)


def label(code):
    if isinstance(code, str):
        return ("~", 0, code)
    return (code.co_filename, code.co_firstlineno, code.co_name)


class Profile(_lsprof.Profiler):
    """Profile(timer=None, timeunit=0.0, subcalls=True, builtins=True)"""

    def _run_and_report(self, statement, globals, locals, filename, sort):
        try:
            if globals is None:
                import __main__
                globals = locals = __main__.__dict__
            self.runctx(statement, globals, locals)
        except SystemExit:
            pass
        finally:
            if filename is not None:
                self.dump_stats(filename)
            else:
                self.print_stats(sort)

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import marshal
        self.create_stats()
        with open(file, "wb") as f:
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = {}
        for entry in self.getstats():
            nc = entry.callcount
            cc = nc - entry.reccallcount
            self.stats[label(entry.code)] = cc, nc, entry.inlinetime, entry.totaltime, {}

    def run(self, cmd):
        import __main__
        d = __main__.__dict__
        return self.runctx(cmd, d, d)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


Profile.__module__ = "cProfile"
