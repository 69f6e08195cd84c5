#!/usr/bin/env python3
"""Benchmark harness: ferrython and CPython side by side, in one run.

Runs every micro-benchmark in bench/micro/*.py and a selection of the
pyperformance suite (fetched from PyPI into a cache directory outside the
repository, run through our pyperf shim in bench/pyperf_shim/ with fixed loop
counts) on CPython (the real binary, not the pyenv shim) and on ferrython,
interleaved (C F C F ...) for N rounds, checks that ferrython printed exactly
what CPython printed, and prints a table: median wall time of each, min-max,
ratio ferrython/CPython, peak RSS of each, the geometric mean of the ratios
over the benchmarks that ran, and the startup time (`-c pass`, median of 20).

Python 3 standard library only.  See bench/README.md.
"""

import argparse
import datetime
import fnmatch
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(BENCH_DIR)
MICRO_DIR = os.path.join(BENCH_DIR, "micro")
SHIM_DIR = os.path.join(BENCH_DIR, "pyperf_shim")
DEFAULT_FERRYTHON = os.path.join(REPO_DIR, "target", "release", "ferrython")

STARTUP = "startup"  # name of the `-c pass` benchmark
QUICK_SCALE = 0.1  # loop-size factor passed to programs under --quick

# Goals from DESIGN.md / the issues: ratio ferrython/CPython must be <= this.
GOALS = {
    STARTUP: 0.2,
    "count_loop": 1.3,
    "calls": 1.3,
    "attrs": 1.3,
}
GEOMEAN_GOAL = 1.0

# pyperformance: fetched from PyPI at benchmark time, never committed.
PP_VERSION = "1.14.0"
PP_PREFIX = "pp/"  # table names of pyperformance benchmarks: pp/nbody, ...

# (table name without PP_PREFIX, directory under data-files/benchmarks/,
#  extra arguments for run_benchmark.py, loops at scale 1).  The loops make
# each process take roughly 1 s on CPython 3.11 on the 2-core dev machine
# (measured with PYPERF_SHIM_TIMES=1); --quick/--scale multiply them.
PYPERFORMANCE = [
    ("nbody", "bm_nbody", (), 5),
    ("richards", "bm_richards", (), 8),
    ("richards_super", "bm_richards_super", (), 11),
    ("fannkuch", "bm_fannkuch", (), 1),
    ("spectral_norm", "bm_spectral_norm", (), 4),
    ("float", "bm_float", (), 7),
    ("chaos", "bm_chaos", (), 7),
    ("deltablue", "bm_deltablue", (), 120),
    ("go", "bm_go", (), 4),
    ("hexiom", "bm_hexiom", (), 70),
    ("raytrace", "bm_raytrace", (), 1),
    ("nqueens", "bm_nqueens", (), 4),
    ("generators", "bm_generators", (), 6),
    ("coroutines", "bm_coroutines", (), 17),
    ("comprehensions", "bm_comprehensions", (), 13000),
    ("unpack_sequence", "bm_unpack_sequence", (), 28000),
    ("meteor_contest", "bm_meteor_contest", (), 4),
    ("deepcopy", "bm_deepcopy", (), 850),
    ("pickle_pure_python", "bm_pickle", ("--pure-python", "pickle"), 58),
    ("unpickle_pure_python", "bm_pickle", ("--pure-python", "unpickle"), 70),
    ("logging_simple", "bm_logging", ("simple",), 5300),
    ("pidigits", "bm_pidigits", (), 2),
    ("json_dumps", "bm_json_dumps", (), 29),
    ("json_loads", "bm_json_loads", (), 900),
    ("regex_effbot", "bm_regex_effbot", (), 15),
    ("regex_v8", "bm_regex_v8", (), 26),
    ("scimark", "bm_scimark", (), 1),
    ("async_generators", "bm_async_generators", (), 1),
]
PP_SPECS = {PP_PREFIX + n: (d, tuple(extra), loops) for n, d, extra, loops in PYPERFORMANCE}


# --------------------------------------------------------------------------
# Pure logic (unit-tested in bench/test_run.py)
# --------------------------------------------------------------------------

def geomean(values):
    """Geometric mean of positive numbers; None for an empty sequence."""
    values = list(values)
    if not values:
        return None
    if any(v <= 0 for v in values):
        raise ValueError("geomean needs positive values")
    return math.exp(sum(math.log(v) for v in values) / len(values))


def summarize(times):
    """{'median','min','max','n'} of a list of seconds (None if empty)."""
    if not times:
        return None
    return {
        "median": statistics.median(times),
        "min": min(times),
        "max": max(times),
        "n": len(times),
    }


def error_line(stderr, returncode):
    """A one-line description of a failed run.

    The exception line of a traceback is its last non-empty line
    ("ZeroDivisionError: division by zero"), which is what matters;
    fall back to the first line of stderr, then to the exit status.
    """
    lines = [l.strip() for l in (stderr or "").splitlines() if l.strip()]
    status = describe_status(returncode)
    if not lines:
        return status
    if lines[0].startswith("Traceback (most recent call last)"):
        msg = lines[-1]
    else:
        msg = lines[0]
    if len(msg) > 100:
        msg = msg[:97] + "..."
    return "%s: %s" % (status, msg)


def describe_status(returncode):
    if returncode is None:
        return "timeout"
    if returncode < 0:
        return "killed by signal %d" % -returncode
    return "exit %d" % returncode


def output_mismatch(expected, actual):
    """None if the outputs are equal, else a one-line description."""
    if expected == actual:
        return None
    exp_lines = expected.splitlines()
    act_lines = actual.splitlines()
    for i in range(max(len(exp_lines), len(act_lines))):
        e = exp_lines[i] if i < len(exp_lines) else "<end of output>"
        a = act_lines[i] if i < len(act_lines) else "<end of output>"
        if e != a:
            return "wrong output, line %d: expected %s, got %s" % (
                i + 1, clip(repr(e)), clip(repr(a)))
    return "wrong output: line endings or trailing newline differ"


def clip(s, n=40):
    return s if len(s) <= n else s[: n - 3] + "..."


def ratio(cpy, fer):
    """ferrython median / CPython median, or None if either is missing."""
    if not cpy or not fer or cpy["median"] <= 0:
        return None
    return fer["median"] / cpy["median"]


def fmt_time(s):
    if s is None:
        return "-"
    if s < 0.1:
        return "%.1fms" % (s * 1000)
    return "%.3fs" % s


def fmt_range(summ):
    if not summ:
        return "-"
    return "%s-%s" % (fmt_time(summ["min"]), fmt_time(summ["max"]))


def fmt_rss(kb):
    if kb is None:
        return "-"
    return "%.1fM" % (kb / 1024.0)


def build_rows(results):
    """Turn per-benchmark results into table rows (lists of strings).

    `results` is a list of dicts as produced by run_all():
      name, cpython: {times, rss_kb, error}, ferrython: {times, rss_kb, error}
    """
    rows = []
    for r in results:
        c, f = r["cpython"], r["ferrython"]
        cs, fs = summarize(c["times"]), summarize(f["times"])
        rt = None if (c["error"] or f["error"]) else ratio(cs, fs)
        goal = GOALS.get(r["name"])
        if rt is None:
            verdict = ""
        elif goal is not None:
            verdict = "ok (<=%.2g)" % goal if rt <= goal else "MISS (<=%.2g)" % goal
        else:
            verdict = ""
        cpy_cell = ("FAIL" if c["error"] else fmt_time(cs["median"] if cs else None))
        fer_cell = ("FAIL" if f["error"] else fmt_time(fs["median"] if fs else None))
        rows.append([
            r["name"],
            cpy_cell, "" if c["error"] else fmt_range(cs),
            fer_cell, "" if f["error"] else fmt_range(fs),
            "%.2f" % rt if rt is not None else "-",
            fmt_rss(max(c["rss_kb"]) if c["rss_kb"] else None),
            fmt_rss(max(f["rss_kb"]) if f["rss_kb"] else None),
            verdict,
        ])
    return rows


HEADER = ["benchmark", "CPython", "min-max", "ferrython", "min-max",
          "ratio", "RSS C", "RSS F", "goal"]


def format_table(rows, header=HEADER):
    widths = [len(h) for h in header]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    def line(cells):
        out = []
        for i, cell in enumerate(cells):
            out.append(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]))
        return "  ".join(out).rstrip()
    sep = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), sep] + [line(r) for r in rows])


def ran_ratios(results, exclude=(STARTUP,)):
    """Ratios of the benchmarks that ran on both interpreters."""
    out = []
    for r in results:
        if r["name"] in exclude:
            continue
        c, f = r["cpython"], r["ferrython"]
        if c["error"] or f["error"]:
            continue
        rt = ratio(summarize(c["times"]), summarize(f["times"]))
        if rt is not None:
            out.append(rt)
    return out


def short_rounds(results, rounds):
    """[(name, rounds run)] of the benchmarks that ran on both interpreters
    in fewer than `rounds` rounds (cut by the time budget)."""
    out = []
    for r in results:
        c, f = r["cpython"], r["ferrython"]
        if r["name"] == STARTUP or c["error"] or f["error"]:
            continue
        n = min(len(c["times"]), len(f["times"]))
        if n < rounds:
            out.append((r["name"], n))
    return out


def failures(results):
    """[(name, which, error line)] for every failing benchmark."""
    out = []
    for r in results:
        for which in ("cpython", "ferrython"):
            if r[which]["error"]:
                out.append((r["name"], which, r[which]["error"]))
    return out


def over_budget(result, budget):
    """True once ferrython's times on a benchmark add up to `budget` seconds
    (None or 0: no budget)."""
    if not budget:
        return False
    return sum(result["ferrython"]["times"]) >= budget


def is_pp(name):
    return name.startswith(PP_PREFIX)


def pp_loops(loops, scale):
    """Loop count of a pyperformance benchmark at a scale (at least 1)."""
    return max(1, int(round(loops * scale)))


def pp_names():
    return [PP_PREFIX + n for n, _, _, _ in PYPERFORMANCE]


def select(names, only):
    """Filter benchmark names by --only (comma-separated names or globs)."""
    if not only:
        return list(names)
    pats = [p.strip() for p in only.split(",") if p.strip()]
    chosen = [n for n in names if any(fnmatch.fnmatchcase(n, p) for p in pats)]
    return chosen


# --------------------------------------------------------------------------
# Running processes
# --------------------------------------------------------------------------

def real_cpython():
    """The real CPython binary behind `python3` (not the pyenv shim)."""
    out = subprocess.run(
        ["python3", "-c", "import sys; print(sys.executable)"],
        stdout=subprocess.PIPE, check=True, universal_newlines=True)
    exe = out.stdout.strip()
    return os.path.realpath(exe) if exe else sys.executable


# Peak RSS: ru_maxrss of a child forked from this harness starts at the
# harness's own high-water mark (Linux copies it across fork and keeps it
# across exec), which would hide anything below ~16 MB.  GNU time forks the
# benchmark from a small process, so its %M is the benchmark's own peak.
TIME_BIN = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def parse_time_file(text):
    """(maxrss_kb or None, signal or None) from a `/usr/bin/time -f %M` file."""
    rss, sig = None, None
    for line in text.splitlines():
        line = line.strip()
        if line.isdigit():
            rss = int(line)
        elif line.startswith("Command terminated by signal "):
            try:
                sig = int(line.rsplit(" ", 1)[1])
            except ValueError:
                pass
    return rss, sig


def run_once(argv, timeout, cwd, measure_rss=True, env=None):
    """Run argv once. Returns (seconds, returncode, stdout, stderr, maxrss_kb).

    Wall time from just before the spawn to the reaping of the child.
    returncode is None on timeout, negative for a signal.  maxrss_kb is
    None when not measured.
    """
    use_time = measure_rss and TIME_BIN is not None
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(prefix="bench-rss-") as rssf:
        full = ([TIME_BIN, "-f", "%M", "-o", rssf.name] if use_time else []) + argv
        t0 = time.perf_counter()
        try:
            p = subprocess.Popen(full, stdin=subprocess.DEVNULL, stdout=out,
                                 stderr=err, cwd=cwd, env=env,
                                 start_new_session=True)
        except OSError as e:
            return None, 127, "", "cannot start %s: %s" % (full[0], e), None
        timed_out = []

        def kill():
            timed_out.append(True)
            try:
                os.killpg(p.pid, 9)
            except OSError:
                pass
        timer = threading.Timer(timeout, kill)
        timer.daemon = True
        timer.start()
        try:
            _, status, rusage = os.wait4(p.pid, 0)
        finally:
            timer.cancel()
        elapsed = time.perf_counter() - t0
        rc = os.waitstatus_to_exitcode(status)
        p.returncode = rc  # tell Popen the child is reaped
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
        rss = None
        if use_time:
            rssf.seek(0)
            rss, sig = parse_time_file(rssf.read().decode("utf-8", "replace"))
            if sig is not None:
                rc = -sig
            if rc == 127 and TIME_BIN + ": cannot run" in stderr:
                stderr = stderr.split(TIME_BIN + ": ", 1)[1]
    if timed_out:
        rc = None
        stderr = "timed out after %gs\n" % timeout
    return elapsed, rc, stdout, stderr, rss


def discover():
    """Program names: the goal benchmarks first, then the rest by name."""
    names = []
    for fn in sorted(os.listdir(MICRO_DIR)):
        if fn.endswith(".py") and not fn.startswith("_"):
            names.append(fn[:-3])
    first = [n for n in GOALS if n in names]
    return first + [n for n in names if n not in first]


def bench_argv(name, scale, pp_root=None):
    """Arguments after the interpreter for one run of a benchmark."""
    if name == STARTUP:
        return ["-c", "pass"]
    if is_pp(name):
        directory, extra, loops = PP_SPECS[name]
        script = os.path.join(pp_root or "<pyperformance not fetched>", directory,
                              "run_benchmark.py")
        return [script, "--loops", str(pp_loops(loops, scale))] + list(extra)
    return [os.path.join(MICRO_DIR, name + ".py"), repr(scale)]


def pp_env(base=None):
    """Environment of a pyperformance run: our pyperf shim first on the path
    (and only it), no .pyc files written next to the shim."""
    env = dict(os.environ if base is None else base)
    env["PYTHONPATH"] = SHIM_DIR
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYPERF_SHIM_TIMES", None)
    return env


# --------------------------------------------------------------------------
# Fetching pyperformance (never committed: it lives in a cache directory)
# --------------------------------------------------------------------------

def default_cache_dir():
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(
        os.path.expanduser("~"), ".cache")
    return os.path.join(base, "ferrython-bench")


def find_benchmarks_root(path):
    """The data-files/benchmarks directory of an unpacked pyperformance tree
    given its top directory (pyperformance-X.Y.Z) or that directory itself;
    None if neither holds benchmarks."""
    for cand in (os.path.join(path, "pyperformance", "data-files", "benchmarks"),
                 os.path.join(path, "data-files", "benchmarks"),
                 path):
        if os.path.isfile(os.path.join(cand, "MANIFEST")) or (
                os.path.isdir(cand) and any(
                    fn.startswith("bm_") for fn in os.listdir(cand))):
            return cand
    return None


def safe_extract(tarball, dest):
    """Unpack a .tar.gz into dest, refusing links and paths outside dest."""
    import tarfile
    with tarfile.open(tarball, "r:gz") as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(dest, filter="data")
            return
        for m in tar.getmembers():
            target = os.path.realpath(os.path.join(dest, m.name))
            if not (target + os.sep).startswith(os.path.realpath(dest) + os.sep) \
                    or m.issym() or m.islnk() or m.isdev():
                raise ValueError("unsafe member in %s: %s" % (tarball, m.name))
        tar.extractall(dest)


def fetch_pyperformance(cache_dir, pip=None, version=PP_VERSION, log=None,
                        timeout=900):
    """Make sure pyperformance `version` is unpacked under cache_dir.

    Reuses an unpacked tree, else a downloaded sdist, else runs
    `pip download --no-deps --no-binary :all: pyperformance==VERSION`
    (`pip` is the command prefix, default [this python, -m, pip]).
    Returns (benchmarks_dir, None) or (None, one-line reason).
    """
    name = "pyperformance-%s" % version
    tree = os.path.join(cache_dir, name)
    root = find_benchmarks_root(tree) if os.path.isdir(tree) else None
    if root:
        return root, None
    tarball = os.path.join(cache_dir, name + ".tar.gz")
    try:
        os.makedirs(cache_dir, exist_ok=True)
    except OSError as e:
        return None, "cannot create %s: %s" % (cache_dir, e)
    if not os.path.isfile(tarball):
        cmd = list(pip or [sys.executable, "-m", "pip"]) + [
            "download", "--no-deps", "--no-binary", ":all:",
            "pyperformance==%s" % version, "-d", cache_dir]
        if log:
            log("fetching pyperformance %s from PyPI: %s" % (version, " ".join(cmd)))
        try:
            out = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, universal_newlines=True,
                                 timeout=timeout)
            text, rc = out.stdout, out.returncode
        except (OSError, subprocess.TimeoutExpired) as e:
            text, rc = str(e), None
        if rc != 0 or not os.path.isfile(tarball):
            lines = [l.strip() for l in (text or "").splitlines() if l.strip()]
            why = lines[-1] if lines else ("exit %s" % rc)
            return None, "could not download pyperformance %s from PyPI (%s)" % (
                version, clip(why, 120))
    tmp = tempfile.mkdtemp(prefix=".unpack-", dir=cache_dir)
    try:
        safe_extract(tarball, tmp)
        unpacked = os.path.join(tmp, name)
        if not (os.path.isdir(unpacked) and find_benchmarks_root(unpacked)):
            return None, "%s holds no %s/pyperformance/data-files/benchmarks" % (
                tarball, name)
        try:
            os.rename(unpacked, tree)
        except OSError:
            if not os.path.isdir(tree):  # lost a race with another run: fine
                raise
    except Exception as e:  # a broken tarball must not stop the micro set
        return None, "cannot unpack %s: %s" % (tarball, e)
    finally:
        import shutil
        shutil.rmtree(tmp, ignore_errors=True)
    return find_benchmarks_root(tree), None


def new_result(name):
    return {"name": name,
            "cpython": {"times": [], "rss_kb": [], "error": None, "output": None},
            "ferrython": {"times": [], "rss_kb": [], "error": None}}


def run_all(names, cpython, ferrython, rounds, startup_reps, scale, timeout,
            log=None, pp_root=None, budget=None):
    """Interleaved runs: for each round, for each benchmark: CPython, then
    ferrython.  Each ferrython output is compared with CPython's; the first
    failure of an interpreter on a benchmark stops timing it there.
    pyperformance benchmarks (pp/...) run from pp_root with the shim on
    PYTHONPATH and their own directory as working directory.  A benchmark
    on which ferrython has already spent `budget` seconds is not repeated
    in later rounds (keeps a full run bounded while ferrython is very slow
    on some workloads); the table says how many rounds it got."""
    env_pp = pp_env()
    results = {n: new_result(n) for n in names}
    order = [STARTUP] + [n for n in names if n != STARTUP]
    results[STARTUP] = new_result(STARTUP)
    fer_missing = None
    if not (os.path.isfile(ferrython) and os.access(ferrython, os.X_OK)):
        fer_missing = "ferrython binary not found: %s" % ferrython

    def one(name, which, exe, mode="both"):
        """mode: "both" (time and RSS), "time" (no wrapper) or "rss" (not timed)."""
        res = results[name][which]
        if res["error"]:
            return
        if which == "ferrython" and fer_missing:
            res["error"] = fer_missing
            return
        argv = bench_argv(name, scale, pp_root)
        cwd, env = BENCH_DIR, None
        if is_pp(name):
            cwd, env = os.path.dirname(argv[0]), env_pp
            if not os.path.isdir(cwd):
                res["error"] = "not in the pyperformance tree: %s" % cwd
                return
        elapsed, rc, stdout, stderr, rss = run_once(
            [exe] + argv, timeout, cwd, measure_rss=(mode != "time"), env=env)
        if rc != 0:
            res["error"] = error_line(stderr, rc)
            return
        if which == "cpython":
            prev = res["output"]
            if prev is not None and prev != stdout:
                res["error"] = "CPython output not deterministic"
                return
            res["output"] = stdout
        else:
            expected = results[name]["cpython"]["output"]
            if expected is None:
                res["error"] = "no CPython output to compare with"
                return
            bad = output_mismatch(expected, stdout)
            if bad:
                res["error"] = bad
                return
        if mode != "rss":
            res["times"].append(elapsed)
        if rss is not None and mode != "time":
            res["rss_kb"].append(rss)

    for rnd in range(rounds):
        for name in order:
            if log:
                log("round %d/%d  %s" % (rnd + 1, rounds, name))
            if name == STARTUP:
                # Time without the /usr/bin/time wrapper (its fork+exec would
                # add a constant to both sides); one extra run for the RSS.
                for _ in range(startup_reps):
                    one(name, "cpython", cpython, "time")
                    one(name, "ferrython", ferrython, "time")
                if startup_reps:
                    one(name, "cpython", cpython, "rss")
                    one(name, "ferrython", ferrython, "rss")
            else:
                # Later rounds skip what ferrython failed (CPython's time
                # alone is no comparison) or has spent its budget on.
                if rnd > 0 and (results[name]["ferrython"]["error"]
                                or over_budget(results[name], budget)):
                    continue
                one(name, "cpython", cpython)
                one(name, "ferrython", ferrython)
    return [results[n] for n in order]


def report(results, meta):
    lines = []
    lines.append("CPython:   %s (%s)" % (meta["cpython"], meta["cpython_version"]))
    lines.append("ferrython: %s (commit %s)" % (meta["ferrython"], meta["commit"]))
    startup = ("startup = `-c pass` x %d per round" % meta["startup_reps"]
               if meta["startup_reps"] else "no startup run")
    lines.append("%s; %d round(s), interleaved; %s; "
                 "times are medians of wall-clock seconds, scale %g"
                 % (meta["date"], meta["rounds"], startup, meta["scale"]))
    if meta.get("pyperformance"):
        lines.append("pp/* = pyperformance %s benchmarks (%s) through bench/pyperf_shim, "
                     "fixed loops x scale" % (PP_VERSION, meta["pyperformance"]))
    if meta.get("pyperformance_skipped"):
        lines.append("pyperformance NOT RUN: %s" % meta["pyperformance_skipped"])
    lines.append("")
    lines.append(format_table(build_rows(results)))
    lines.append("")
    benches = [r for r in results if r["name"] != STARTUP]
    rts = ran_ratios(results)
    gm = geomean(rts)
    lines.append("ran on ferrython: %d of %d benchmarks" % (len(rts), len(benches)))
    if not benches:
        pass
    elif gm is None:
        lines.append("geomean ratio (ferrython/CPython): - (nothing ran)")
    else:
        lines.append("geomean ratio (ferrython/CPython): %.3f over %d benchmarks (goal <= %.1f)"
                     % (gm, len(rts), GEOMEAN_GOAL))
        micro = [r for r in results if not is_pp(r["name"])]
        pp = [r for r in results if is_pp(r["name"])]
        if pp and any(r["name"] != STARTUP for r in micro):  # both groups ran
            for label, group in (("micro", micro), ("pyperformance", pp)):
                g_rts = ran_ratios(group)
                g_gm = geomean(g_rts)
                n = len([r for r in group if r["name"] != STARTUP])
                lines.append("  %-14s %s over %d of %d" % (
                    label + ":", "-" if g_gm is None else "%.3f" % g_gm, len(g_rts), n))
    short = short_rounds(results, meta["rounds"])
    if short:
        lines.append("fewer rounds (ferrython spent over %gs on them): %s" % (
            meta.get("budget") or 0, ", ".join("%s %d" % x for x in short)))
    fails = failures(results)
    if fails:
        width = max(20, max(len(n) for n, _, _ in fails))
        lines.append("")
        lines.append("failures:")
        for name, which, err in fails:
            lines.append("  %s %-9s %s" % (name.ljust(width), which, err))
    return "\n".join(lines)


def git_commit():
    try:
        out = subprocess.run(["git", "-C", REPO_DIR, "rev-parse", "--short", "HEAD"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             universal_newlines=True)
        commit = out.stdout.strip() or "?"
        dirty = subprocess.run(["git", "-C", REPO_DIR, "status", "--porcelain",
                                "--untracked-files=no", "--", "crates", "lib"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               universal_newlines=True).stdout.strip()
        return commit + ("+dirty" if dirty else "")
    except OSError:
        return "?"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ferrython", default=DEFAULT_FERRYTHON,
                    help="ferrython binary (default: %(default)s)")
    ap.add_argument("--cpython", default=None,
                    help="CPython binary (default: the real executable behind python3)")
    ap.add_argument("--only", default=None,
                    help="comma-separated benchmark names or globs (e.g. count_loop,call*)")
    ap.add_argument("--reps", type=int, default=None,
                    help="rounds per benchmark (default 5; 1 with --quick)")
    ap.add_argument("--startup-reps", type=int, default=20,
                    help="`-c pass` runs per round (default 20)")
    ap.add_argument("--quick", action="store_true",
                    help="one round, loops scaled by %g" % QUICK_SCALE)
    ap.add_argument("--scale", type=float, default=None,
                    help="loop-size factor passed to the programs (default 1, %g with --quick)"
                    % QUICK_SCALE)
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds before one run is killed (default 300)")
    ap.add_argument("--budget", type=float, default=30.0,
                    help="do not repeat a benchmark in later rounds once ferrython has "
                    "spent this many seconds on it (default 30; 0: always repeat)")
    ap.add_argument("--json", metavar="FILE", help="also write raw results to FILE")
    ap.add_argument("--list", action="store_true", help="list benchmarks and exit")
    ap.add_argument("--no-pyperformance", action="store_true",
                    help="skip the pyperformance benchmarks (pp/*; nothing is fetched)")
    ap.add_argument("--pyperformance-only", action="store_true",
                    help="run only the pyperformance benchmarks (pp/*)")
    ap.add_argument("--pyperformance-dir", metavar="DIR", default=None,
                    help="use this unpacked pyperformance tree instead of the cache")
    ap.add_argument("--cache-dir", metavar="DIR", default=default_cache_dir(),
                    help="where pyperformance %s is downloaded and unpacked "
                    "(default: %%(default)s)" % PP_VERSION)
    ap.add_argument("-v", "--verbose", action="store_true", help="progress on stderr")
    args = ap.parse_args(argv)
    if args.no_pyperformance and args.pyperformance_only:
        ap.error("--no-pyperformance and --pyperformance-only exclude each other")

    all_names = (([] if args.pyperformance_only else [STARTUP] + discover())
                 + ([] if args.no_pyperformance else pp_names()))
    if args.list:
        print("\n".join(all_names))
        return 0
    names = select(all_names, args.only)
    if not names:
        ap.error("--only %r matches no benchmark (see --list)" % args.only)
    pp_root, pp_skipped = None, None
    if any(is_pp(n) for n in names):
        if args.pyperformance_dir:
            pp_root = find_benchmarks_root(args.pyperformance_dir)
            if not pp_root:
                ap.error("--pyperformance-dir %s: no pyperformance benchmarks there"
                         % args.pyperformance_dir)
        else:
            pp_root, pp_skipped = fetch_pyperformance(
                args.cache_dir, log=lambda m: print(m, file=sys.stderr, flush=True))
        if pp_skipped:
            print("bench: pyperformance NOT RUN: %s; running the micro benchmarks only"
                  % pp_skipped, file=sys.stderr, flush=True)
            names = [n for n in names if not is_pp(n)]
            if not names:
                print("bench: nothing left to run", file=sys.stderr)
                return 1
    rounds = args.reps if args.reps is not None else (1 if args.quick else 5)
    if rounds < 1:
        ap.error("--reps must be >= 1")
    scale = args.scale if args.scale is not None else (QUICK_SCALE if args.quick else 1.0)
    startup_reps = args.startup_reps if STARTUP in names else 0
    cpython = args.cpython or real_cpython()
    ferrython = os.path.abspath(args.ferrython)
    cpy_version = subprocess.run([cpython, "-c", "import sys; print(sys.version.split()[0])"],
                                 stdout=subprocess.PIPE, universal_newlines=True).stdout.strip()

    log = (lambda m: print(m, file=sys.stderr, flush=True)) if args.verbose else None
    t0 = time.time()
    results = run_all([n for n in names if n != STARTUP], cpython, ferrython, rounds,
                      startup_reps, scale, args.timeout, log, pp_root, args.budget)
    if STARTUP not in names:
        results = [r for r in results if r["name"] != STARTUP]
    meta = {
        "date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "machine": "%s, %s, %d cores" % (platform.node(), platform.machine(),
                                          os.cpu_count() or 0),
        "cpython": cpython,
        "cpython_version": cpy_version,
        "ferrython": ferrython,
        "commit": git_commit(),
        "rounds": rounds,
        "startup_reps": startup_reps,
        "scale": scale,
        "budget": args.budget,
        "pyperformance": pp_root,
        "pyperformance_skipped": pp_skipped,
        "statistic": "median",
        "wall_seconds": round(time.time() - t0, 1),
    }
    print(report(results, meta))
    print("\nmachine: %s; harness wall time %.0fs" % (meta["machine"], meta["wall_seconds"]))

    if args.json:
        rts = ran_ratios(results)
        data = {"meta": meta, "geomean": geomean(rts), "ran": len(rts),
                "benchmarks": []}
        for r in results:
            entry = {"name": r["name"]}
            for which in ("cpython", "ferrython"):
                w = r[which]
                entry[which] = {"times": w["times"], "rss_kb": w["rss_kb"],
                                "error": w["error"], "summary": summarize(w["times"])}
            entry["ratio"] = (None if r["cpython"]["error"] or r["ferrython"]["error"]
                              else ratio(summarize(r["cpython"]["times"]),
                                         summarize(r["ferrython"]["times"])))
            data["benchmarks"].append(entry)
        with open(args.json, "w") as fh:
            json.dump(data, fh, indent=2)
            fh.write("\n")
    # Exit 0 even when ferrython fails benchmarks: the table is the result.
    # Exit 1 only if CPython itself failed (a broken benchmark program).
    return 1 if any(w == "cpython" for _, w, _ in failures(results)) else 0


if __name__ == "__main__":
    sys.exit(main())
