#!/usr/bin/env python3
"""Unit tests for the harness's own logic (no timing): python3 bench/test_run.py

Also runs the pyperf shim's tests (bench/test_pyperf_shim.py).  Offline: the
pyperformance tests use a small fake sdist built in a temporary directory,
and "pip" is a stand-in command, so nothing is downloaded.
"""

import io
import math
import os
import sys
import tarfile
import tempfile
import textwrap
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402


def res(name, ctimes, ftimes, cerr=None, ferr=None, crss=(), frss=()):
    return {"name": name,
            "cpython": {"times": list(ctimes), "rss_kb": list(crss), "error": cerr,
                        "output": ""},
            "ferrython": {"times": list(ftimes), "rss_kb": list(frss), "error": ferr}}


class GeomeanTest(unittest.TestCase):
    def test_values(self):
        self.assertAlmostEqual(run.geomean([2.0, 8.0]), 4.0)
        self.assertAlmostEqual(run.geomean([1.5]), 1.5)
        self.assertAlmostEqual(run.geomean([0.5, 2.0]), 1.0)

    def test_empty(self):
        self.assertIsNone(run.geomean([]))

    def test_rejects_non_positive(self):
        with self.assertRaises(ValueError):
            run.geomean([1.0, 0.0])


class SummaryTest(unittest.TestCase):
    def test_median_min_max(self):
        s = run.summarize([3.0, 1.0, 2.0, 10.0])
        self.assertEqual(s["median"], 2.5)
        self.assertEqual((s["min"], s["max"], s["n"]), (1.0, 10.0, 4))
        self.assertIsNone(run.summarize([]))

    def test_ratio(self):
        self.assertAlmostEqual(run.ratio(run.summarize([2.0]), run.summarize([3.0])), 1.5)
        self.assertIsNone(run.ratio(None, run.summarize([1.0])))


class ErrorLineTest(unittest.TestCase):
    def test_traceback_gives_exception_line(self):
        err = ("Traceback (most recent call last):\n"
               '  File "x.py", line 1, in <module>\n'
               "    1/0\n"
               "ZeroDivisionError: division by zero\n")
        self.assertEqual(run.error_line(err, 1), "exit 1: ZeroDivisionError: division by zero")

    def test_plain_message_gives_first_line(self):
        self.assertEqual(run.error_line("panic: boom\nmore\n", 101), "exit 101: panic: boom")

    def test_status_only(self):
        self.assertEqual(run.error_line("", 3), "exit 3")
        self.assertEqual(run.error_line("", -11), "killed by signal 11")
        self.assertEqual(run.error_line("", None), "timeout")

    def test_long_line_is_clipped(self):
        self.assertLessEqual(len(run.error_line("x" * 500, 1)), len("exit 1: ") + 100)


class OutputTest(unittest.TestCase):
    def test_equal(self):
        self.assertIsNone(run.output_mismatch("1 2\n", "1 2\n"))

    def test_first_differing_line(self):
        msg = run.output_mismatch("a\nb\nc\n", "a\nB\nc\n")
        self.assertIn("line 2", msg)
        self.assertIn("'b'", msg)
        self.assertIn("'B'", msg)

    def test_missing_output(self):
        self.assertIn("<end of output>", run.output_mismatch("a\n", ""))

    def test_trailing_newline(self):
        self.assertIn("newline", run.output_mismatch("a\n", "a"))


class ParseTimeFileTest(unittest.TestCase):
    def test_rss(self):
        self.assertEqual(run.parse_time_file("12345\n"), (12345, None))

    def test_signal_and_status(self):
        self.assertEqual(run.parse_time_file("Command terminated by signal 11\n1580\n"),
                         (1580, 11))
        self.assertEqual(run.parse_time_file("Command exited with non-zero status 3\n99\n"),
                         (99, None))

    def test_empty(self):
        self.assertEqual(run.parse_time_file(""), (None, None))


class SelectTest(unittest.TestCase):
    names = ["startup", "count_loop", "count_threads", "calls", "attrs"]

    def test_all(self):
        self.assertEqual(run.select(self.names, None), self.names)

    def test_names_and_globs(self):
        self.assertEqual(run.select(self.names, "calls,count_*"),
                         ["count_loop", "count_threads", "calls"])

    def test_no_match(self):
        self.assertEqual(run.select(self.names, "nope"), [])


class ReportTest(unittest.TestCase):
    def results(self):
        return [
            res("startup", [0.05, 0.04], [0.005, 0.006]),
            res("count_loop", [1.0, 1.2, 1.1], [2.0, 2.2, 2.4], crss=[13000], frss=[9000]),
            res("calls", [1.0], [0.5]),
            res("attrs", [1.0], [], ferr="exit 1: NameError: name 'x' is not defined"),
            res("strings", [1.0], [], ferr="wrong output, line 1: expected '1', got '2'"),
        ]

    def test_ran_ratios_skip_failures_and_startup(self):
        rts = run.ran_ratios(self.results())
        self.assertEqual(len(rts), 2)
        self.assertAlmostEqual(rts[0], 2.2 / 1.1)
        self.assertAlmostEqual(rts[1], 0.5)

    def test_failures(self):
        f = run.failures(self.results())
        self.assertEqual([(n, w) for n, w, _ in f],
                         [("attrs", "ferrython"), ("strings", "ferrython")])
        self.assertIn("NameError", f[0][2])

    def test_rows_mark_fail_and_goal(self):
        rows = {r[0]: r for r in run.build_rows(self.results())}
        self.assertEqual(rows["attrs"][3], "FAIL")
        self.assertEqual(rows["attrs"][5], "-")
        self.assertEqual(rows["count_loop"][5], "2.00")
        self.assertTrue(rows["count_loop"][8].startswith("MISS"))
        self.assertTrue(rows["calls"][8].startswith("ok"))
        self.assertTrue(rows["startup"][8].startswith("ok"))
        self.assertEqual(rows["count_loop"][6], "12.7M")

    def test_report_text(self):
        meta = {"cpython": "/py", "cpython_version": "3.11.7", "ferrython": "/f",
                "commit": "abc", "date": "d", "rounds": 3, "startup_reps": 2, "scale": 1.0}
        text = run.report(self.results(), meta)
        self.assertIn("ran on ferrython: 2 of 4 benchmarks", text)
        gm = math.sqrt(2.0 * 0.5)
        self.assertIn("geomean ratio (ferrython/CPython): %.3f over 2" % gm, text)
        self.assertIn("failures:", text)
        self.assertIn("NameError", text)

    def test_report_nothing_ran(self):
        meta = {"cpython": "/py", "cpython_version": "3.11.7", "ferrython": "/f",
                "commit": "abc", "date": "d", "rounds": 1, "startup_reps": 0, "scale": 1.0}
        text = run.report([res("calls", [1.0], [], ferr="timeout")], meta)
        self.assertIn("ran on ferrython: 0 of 1", text)
        self.assertIn("nothing ran", text)


class TableTest(unittest.TestCase):
    def test_alignment(self):
        t = run.format_table([["a", "1"], ["bbb", "22"]], header=["name", "v"])
        lines = t.splitlines()
        self.assertEqual(lines[0], "name   v")
        self.assertEqual(lines[2], "a      1")
        self.assertEqual(lines[3], "bbb   22")


class PyperformanceSpecTest(unittest.TestCase):
    def test_names_and_specs(self):
        names = run.pp_names()
        for n in ("nbody", "richards", "richards_super", "fannkuch", "spectral_norm",
                  "float", "chaos", "deltablue", "go", "hexiom", "raytrace", "nqueens",
                  "generators", "coroutines", "comprehensions", "unpack_sequence",
                  "meteor_contest", "deepcopy", "pickle_pure_python", "logging_simple"):
            self.assertIn("pp/" + n, names)
        self.assertEqual(len(names), len(set(names)))
        for name in names:
            self.assertTrue(run.is_pp(name))
            d, extra, loops = run.PP_SPECS[name]
            self.assertTrue(d.startswith("bm_"), name)
            self.assertIsInstance(extra, tuple)
            self.assertGreaterEqual(loops, 1)
        self.assertFalse(run.is_pp("nbody"))
        self.assertFalse(set(names) & set(run.discover()))

    def test_loops_scale(self):
        self.assertEqual(run.pp_loops(58, 1.0), 58)
        self.assertEqual(run.pp_loops(58, 0.1), 6)
        self.assertEqual(run.pp_loops(1, 0.1), 1)
        self.assertEqual(run.pp_loops(4, 0.01), 1)

    def test_argv(self):
        argv = run.bench_argv("pp/pickle_pure_python", 0.1, "/pp")
        self.assertEqual(argv, ["/pp/bm_pickle/run_benchmark.py", "--loops", "6",
                                "--pure-python", "pickle"])
        self.assertEqual(run.bench_argv("pp/nbody", 1.0, "/pp")[1:], ["--loops", "5"])
        self.assertEqual(run.bench_argv("calls", 0.5),
                         [os.path.join(run.MICRO_DIR, "calls.py"), "0.5"])
        self.assertEqual(run.bench_argv("startup", 1.0), ["-c", "pass"])

    def test_env(self):
        env = run.pp_env({"PATH": "/bin", "PYTHONPATH": "/elsewhere",
                          "PYPERF_SHIM_TIMES": "1"})
        self.assertEqual(env["PYTHONPATH"], run.SHIM_DIR)
        self.assertEqual(env["PATH"], "/bin")
        self.assertEqual(env["PYTHONDONTWRITEBYTECODE"], "1")
        self.assertNotIn("PYPERF_SHIM_TIMES", env)
        self.assertTrue(os.path.isfile(os.path.join(run.SHIM_DIR, "pyperf.py")))

    def test_select_globs(self):
        names = ["startup", "calls"] + run.pp_names()
        self.assertEqual(run.select(names, "pp/nbody,calls"), ["calls", "pp/nbody"])
        self.assertEqual(len(run.select(names, "pp/*")), len(run.pp_names()))

    def test_budget_and_short_rounds(self):
        r = res("pp/x", [1.0, 1.0], [20.0, 15.0])
        self.assertTrue(run.over_budget(r, 30))
        self.assertFalse(run.over_budget(r, 40))
        self.assertFalse(run.over_budget(r, 0))
        self.assertFalse(run.over_budget(r, None))
        results = [r, res("y", [1.0] * 5, [1.0] * 5), res("z", [1.0], [], ferr="exit 1"),
                   res("startup", [0.1], [0.1])]
        self.assertEqual(run.short_rounds(results, 5), [("pp/x", 2)])


def make_fake_sdist(directory, version="9.9.9", script=None):
    """A pyperformance-X.tar.gz with one benchmark (bm_fake) using the shim."""
    script = script or textwrap.dedent('''
        import pyperf
        def work(n):
            return sum(range(n))
        if __name__ == "__main__":
            runner = pyperf.Runner()
            runner.argparser.add_argument("variant", nargs="?", choices=["a", "b"])
            args = runner.parse_args()
            runner.bench_func("fake_" + (args.variant or "all"), work, 100)
        ''')
    top = "pyperformance-%s" % version
    path = os.path.join(directory, top + ".tar.gz")
    with tarfile.open(path, "w:gz") as tar:
        def add(name, text):
            data = text.encode()
            info = tarfile.TarInfo(top + "/" + name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        add("pyperformance/data-files/benchmarks/MANIFEST", "[benchmarks]\n")
        add("pyperformance/data-files/benchmarks/bm_fake/run_benchmark.py", script)
        add("PKG-INFO", "Name: pyperformance\n")
    return path


class FetchTest(unittest.TestCase):
    FAILING_PIP = [sys.executable, "-c",
                   "import sys; print('ERROR: Could not find a version (offline)'); sys.exit(1)"]

    def test_unpacks_existing_tarball_without_pip(self):
        with tempfile.TemporaryDirectory() as cache:
            make_fake_sdist(cache)
            root, err = run.fetch_pyperformance(cache, pip=self.FAILING_PIP, version="9.9.9")
            self.assertIsNone(err)
            self.assertEqual(root, os.path.join(cache, "pyperformance-9.9.9", "pyperformance",
                                                "data-files", "benchmarks"))
            self.assertTrue(os.path.isfile(os.path.join(root, "bm_fake", "run_benchmark.py")))
            self.assertEqual(sorted(os.listdir(cache)),
                             ["pyperformance-9.9.9", "pyperformance-9.9.9.tar.gz"])
            # Second call: the unpacked tree is reused as it is.
            os.remove(os.path.join(cache, "pyperformance-9.9.9.tar.gz"))
            self.assertEqual(run.fetch_pyperformance(cache, pip=self.FAILING_PIP,
                                                     version="9.9.9"), (root, None))

    def test_download_failure_is_a_message(self):
        with tempfile.TemporaryDirectory() as cache:
            root, err = run.fetch_pyperformance(cache, pip=self.FAILING_PIP, version="9.9.9")
            self.assertIsNone(root)
            self.assertIn("could not download pyperformance 9.9.9", err)
            self.assertIn("offline", err)
            self.assertEqual(os.listdir(cache), [])

    def test_pip_command_line(self):
        with tempfile.TemporaryDirectory() as cache:
            # A stand-in pip that records its arguments and "downloads" a fake sdist.
            fake_pip = [sys.executable, "-c", textwrap.dedent('''
                import sys
                sys.path.insert(0, %r)
                import test_run
                args = sys.argv[1:]
                open(args[-1] + "/args.txt", "w").write(" ".join(args))
                test_run.make_fake_sdist(args[-1], "9.9.9")
                ''' % run.BENCH_DIR)]
            root, err = run.fetch_pyperformance(cache, pip=fake_pip, version="9.9.9")
            self.assertIsNone(err)
            self.assertTrue(root)
            with open(os.path.join(cache, "args.txt")) as fh:
                self.assertEqual(fh.read(), "download --no-deps --no-binary :all: "
                                 "pyperformance==9.9.9 -d " + cache)

    def test_broken_tarball(self):
        with tempfile.TemporaryDirectory() as cache:
            with open(os.path.join(cache, "pyperformance-9.9.9.tar.gz"), "wb") as fh:
                fh.write(b"not a tarball")
            root, err = run.fetch_pyperformance(cache, pip=self.FAILING_PIP, version="9.9.9")
            self.assertIsNone(root)
            self.assertIn("cannot unpack", err)

    def test_find_benchmarks_root(self):
        with tempfile.TemporaryDirectory() as cache:
            make_fake_sdist(cache)
            root, _ = run.fetch_pyperformance(cache, pip=self.FAILING_PIP, version="9.9.9")
            top = os.path.join(cache, "pyperformance-9.9.9")
            self.assertEqual(run.find_benchmarks_root(top), root)
            self.assertEqual(run.find_benchmarks_root(root), root)
            self.assertIsNone(run.find_benchmarks_root(cache))


class RunAllPyperformanceTest(unittest.TestCase):
    """The whole path for pp/ benchmarks, with CPython standing in for both."""

    def test_run_all_with_fake_tree(self):
        saved = dict(run.PP_SPECS)
        with tempfile.TemporaryDirectory() as cache:
            make_fake_sdist(cache)
            root, _ = run.fetch_pyperformance(cache, pip=FetchTest.FAILING_PIP,
                                              version="9.9.9")
            run.PP_SPECS["pp/fake"] = ("bm_fake", ("b",), 20)
            run.PP_SPECS["pp/missing"] = ("bm_missing", (), 1)
            try:
                results = run.run_all(["pp/fake", "pp/missing"], sys.executable,
                                      sys.executable, 2, 0, 0.1, 60, pp_root=root)
            finally:
                run.PP_SPECS.clear()
                run.PP_SPECS.update(saved)
        by = {r["name"]: r for r in results}
        fake = by["pp/fake"]
        self.assertIsNone(fake["cpython"]["error"])
        self.assertIsNone(fake["ferrython"]["error"])
        self.assertEqual(fake["cpython"]["output"], "fake_b: 2 loops\n")
        self.assertEqual(len(fake["ferrython"]["times"]), 2)
        self.assertIn("not in the pyperformance tree", by["pp/missing"]["cpython"]["error"])

    def test_failed_benchmark_not_repeated(self):
        saved = dict(run.PP_SPECS)
        with tempfile.TemporaryDirectory() as cache:
            make_fake_sdist(cache)
            root, _ = run.fetch_pyperformance(cache, pip=FetchTest.FAILING_PIP,
                                              version="9.9.9")
            run.PP_SPECS["pp/fake"] = ("bm_fake", (), 1)
            fer = os.path.join(cache, "fails")
            with open(fer, "w") as fh:
                fh.write("#!/bin/sh\necho 'ImportError: nope' >&2\nexit 1\n")
            os.chmod(fer, 0o755)
            try:
                results = run.run_all(["pp/fake"], sys.executable, fer, 3, 0, 1.0, 60,
                                      pp_root=root)
            finally:
                run.PP_SPECS.clear()
                run.PP_SPECS.update(saved)
        fake = [r for r in results if r["name"] == "pp/fake"][0]
        self.assertEqual(len(fake["cpython"]["times"]), 1)
        self.assertEqual(fake["ferrython"]["error"], "exit 1: ImportError: nope")

    def test_report_groups_and_notes(self):
        results = [res("startup", [0.05], [0.005]), res("calls", [1.0], [2.0]),
                   res("pp/nbody", [1.0], [4.0]),
                   res("pp/logging_simple", [1.0], [],
                       ferr="exit 1: ModuleNotFoundError: No module named 'logging'")]
        meta = {"cpython": "/py", "cpython_version": "3.11.7", "ferrython": "/f",
                "commit": "abc", "date": "d", "rounds": 1, "startup_reps": 1, "scale": 1.0,
                "pyperformance": "/cache/pp", "budget": 30}
        text = run.report(results, meta)
        self.assertIn("pp/* = pyperformance", text)
        self.assertIn("micro:         2.000 over 1 of 1", text)
        self.assertIn("pyperformance: 4.000 over 1 of 2", text)
        self.assertIn("pp/logging_simple", text)
        self.assertIn("No module named 'logging'", text)
        meta.update(pyperformance=None, pyperformance_skipped="could not download")
        self.assertIn("pyperformance NOT RUN: could not download", run.report(results, meta))


class ProgramsTest(unittest.TestCase):
    def test_discover(self):
        names = run.discover()
        for n in ("count_loop", "calls", "attrs"):
            self.assertIn(n, names)

    def test_run_once_and_rss(self):
        exe = sys.executable
        elapsed, rc, out, err, rss = run.run_once([exe, "-c", "print(42)"], 60, None)
        self.assertEqual((rc, out), (0, "42\n"))
        self.assertGreater(elapsed, 0)
        if run.TIME_BIN:
            self.assertGreater(rss, 0)

    def test_run_once_failure_and_timeout(self):
        exe = sys.executable
        _, rc, _, err, _ = run.run_once([exe, "-c", "1/0"], 60, None)
        self.assertEqual(rc, 1)
        self.assertIn("ZeroDivisionError", run.error_line(err, rc))
        _, rc, _, err, _ = run.run_once(["/nonexistent/ferrython", "-c", "pass"], 60, None)
        self.assertNotEqual(rc, 0)
        _, rc, _, err, _ = run.run_once([exe, "-c", "import time; time.sleep(30)"], 0.5, None)
        self.assertIsNone(rc)
        self.assertIn("timed out", err)


def load_tests(loader, tests, pattern):
    """Include the pyperf shim's tests, so CI's `python3 bench/test_run.py`
    runs them too."""
    import test_pyperf_shim
    tests.addTests(loader.loadTestsFromModule(test_pyperf_shim))
    return tests


if __name__ == "__main__":
    unittest.main()
