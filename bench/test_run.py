#!/usr/bin/env python3
"""Unit tests for the harness's own logic (no timing): python3 bench/test_run.py"""

import math
import os
import sys
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


if __name__ == "__main__":
    unittest.main()
