"""Statistics of a profile run: sorting and printing (the format of CPython's pstats)."""

import os
import sys

__all__ = ["Stats", "SortKey"]


class SortKey(str):
    pass


for _name, _value in (("CALLS", "calls"), ("CUMULATIVE", "cumulative"), ("FILENAME", "filename"),
                      ("LINE", "line"), ("NAME", "name"), ("NFL", "nfl"), ("PCALLS", "pcalls"),
                      ("STDNAME", "stdname"), ("TIME", "tottime")):
    setattr(SortKey, _name, SortKey(_value))
del _name, _value

# key -> (fields, message); a field is (index into the sort row, +1 ascending / -1 descending)
# Rows are (cc, nc, tt, ct, file, line, name, std_string).
_SORTS = {
    "calls": (((1, -1),), "call count"),
    "ncalls": (((1, -1),), "call count"),
    "cumtime": (((3, -1),), "cumulative time"),
    "cumulative": (((3, -1),), "cumulative time"),
    "filename": (((4, 1),), "file name"),
    "file": (((4, 1),), "file name"),
    "module": (((4, 1),), "file name"),
    "line": (((5, 1),), "line number"),
    "name": (((6, 1),), "function name"),
    "nfl": (((6, 1), (4, 1), (5, 1)), "name/file/line"),
    "pcalls": (((0, -1),), "primitive call count"),
    "stdname": (((7, 1),), "standard name"),
    "time": (((2, -1),), "internal time"),
    "tottime": (((2, -1),), "internal time"),
}
_NUMERIC = {-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}


def func_strip_path(func):
    filename, line, name = func
    return os.path.basename(filename), line, name


def func_get_function_name(func):
    return func[2]


def func_std_string(func):
    if func[:2] == ("~", 0):
        name = func[2]
        if name.startswith("<") and name.endswith(">"):
            return "{%s}" % name[1:-1]
        return name
    return "%s:%d(%s)" % func


def f8(x):
    return "%8.3f" % x


class Stats:
    """Stats(profile_or_stats, ..., stream=sys.stdout)"""

    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        self.stats = {}
        self.files = []
        self.fcn_list = None
        self.sort_type = ""
        self.top_level = set()
        for arg in args:
            self.add(arg)

    def _load(self, arg):
        if isinstance(arg, Stats):
            return arg.stats
        if isinstance(arg, str):
            import marshal
            with open(arg, "rb") as f:
                data = marshal.load(f)
            self.files.append(arg)
            return data
        if hasattr(arg, "create_stats"):
            arg.create_stats()
            return arg.stats
        raise TypeError("Cannot create or construct a %r object from %r" % (self.__class__, arg))

    def add(self, *args):
        for arg in args:
            for func, (cc, nc, tt, ct, callers) in self._load(arg).items():
                if func in self.stats:
                    occ, onc, ott, oct, ocallers = self.stats[func]
                    self.stats[func] = occ + cc, onc + nc, ott + tt, oct + ct, dict(ocallers, **callers)
                else:
                    self.stats[func] = cc, nc, tt, ct, dict(callers)
        self.fcn_list = None
        return self

    @property
    def total_calls(self):
        return sum(v[1] for v in self.stats.values())

    @property
    def prim_calls(self):
        return sum(v[0] for v in self.stats.values())

    @property
    def total_tt(self):
        return sum(v[2] for v in self.stats.values())

    def strip_dirs(self):
        stripped = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            new = func_strip_path(func)
            if new in stripped:
                occ, onc, ott, oct, ocallers = stripped[new]
                stripped[new] = occ + cc, onc + nc, ott + tt, oct + ct, ocallers
            else:
                stripped[new] = cc, nc, tt, ct, callers
        self.stats = stripped
        self.fcn_list = None
        return self

    def get_sort_arg_defs(self):
        return dict((k, v) for k, v in _SORTS.items())

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = None
            return self
        if len(field) == 1 and isinstance(field[0], int):
            field = (_NUMERIC[field[0]],)
        fields = []
        messages = []
        for word in field:
            if word not in _SORTS:
                raise KeyError("%r is not a valid sort key" % (word,))
            spec, msg = _SORTS[word]
            fields.extend(spec)
            messages.append(msg)
        rows = []
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            rows.append(((cc, nc, tt, ct) + func + (func_std_string(func),), func))
        # Stable sorts, least significant key first.
        for index, direction in reversed(fields):
            rows.sort(key=lambda r: r[0][index], reverse=direction < 0)
        self.fcn_list = [func for _, func in rows]
        self.sort_type = ", ".join(messages)
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def get_print_list(self, sel_list):
        width = 45
        if self.fcn_list:
            stat_list = self.fcn_list[:]
            print("   Ordered by: " + self.sort_type + "\n", file=self.stream)
        else:
            stat_list = list(self.stats)
        for selection in sel_list:
            before = len(stat_list)
            if isinstance(selection, str):
                import re
                pattern = re.compile(selection)
                stat_list = [f for f in stat_list if pattern.search(func_std_string(f))]
            elif isinstance(selection, float) and 0.0 <= selection < 1.0:
                stat_list = stat_list[:int(len(stat_list) * selection + 0.5)]
            elif isinstance(selection, int) and 0 <= selection < len(stat_list):
                stat_list = stat_list[:selection]
            if len(stat_list) != before:
                print("   List reduced from %r to %d due to restriction <%r>" % (before, len(stat_list), selection),
                      file=self.stream)
        return width, stat_list

    def print_stats(self, *amount):
        for filename in self.files:
            print(filename, file=self.stream)
        if self.files:
            print(file=self.stream)
        indent = " " * 8
        for func in self.top_level:
            print(indent, func_get_function_name(func), file=self.stream)
        print(indent, self.total_calls, "function calls", end=" ", file=self.stream)
        if self.total_calls != self.prim_calls:
            print("(%d primitive calls)" % self.prim_calls, end=" ", file=self.stream)
        print("in %.3f seconds" % self.total_tt, file=self.stream)
        print(file=self.stream)
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_title()
            for func in funcs:
                self.print_line(func)
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_title(self):
        print("   ncalls  tottime  percall  cumtime  percall", end=" ", file=self.stream)
        print("filename:lineno(function)", file=self.stream)

    def print_line(self, func):
        cc, nc, tt, ct, callers = self.stats[func]
        calls = str(nc) if nc == cc else "%d/%d" % (nc, cc)
        out = [calls.rjust(9), f8(tt), f8(tt / nc) if nc else " " * 8,
               f8(ct), f8(ct / cc) if cc else " " * 8, func_std_string(func)]
        print(" ".join(out), file=self.stream)

    def print_callers(self, *amount):
        width, funcs = self.get_print_list(amount)
        for func in funcs:
            print(func_std_string(func), file=self.stream)
        return self

    print_callees = print_callers
