#!/usr/bin/env python3
"""Unit tests for bench/pyperf_shim/pyperf.py: python3 bench/test_pyperf_shim.py

Also run by bench/test_run.py (which CI runs).  Offline and fast.
"""

import asyncio
import io
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest
from contextlib import redirect_stderr, redirect_stdout

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
SHIM_DIR = os.path.join(BENCH_DIR, "pyperf_shim")
sys.path.insert(0, SHIM_DIR)
import pyperf  # noqa: E402  (the shim, not the real pyperf)


def parse(parser, argv):
    """parser.parse_args(argv), with stderr captured: (namespace, stderr)."""
    err = io.StringIO()
    with redirect_stderr(err):
        ns = parser.parse_args(argv)
    return ns, err.getvalue()


class ArgParserTest(unittest.TestCase):
    def parser(self):
        p = pyperf.ArgParser()
        p.add_argument("--width", type=int, default=256, help="w")
        p.add_argument("--thickness", type=float, default="0.25")
        p.add_argument("--filename", metavar="F.PPM")
        p.add_argument("--pure-python", action="store_true")
        p.add_argument("-B", "--force_bytes", action="store_true")
        p.add_argument("--case", action="append", dest="cases")
        p.add_argument("benchmark", nargs="?", choices=["a", "b"])
        return p

    def test_defaults(self):
        ns, _ = parse(self.parser(), [])
        self.assertEqual((ns.width, ns.thickness, ns.filename), (256, 0.25, None))
        self.assertIs(ns.pure_python, False)
        self.assertIs(ns.force_bytes, False)
        self.assertIsNone(ns.cases)
        self.assertIsNone(ns.benchmark)

    def test_values(self):
        ns, _ = parse(self.parser(), ["--width", "10", "--thickness=1.5", "b",
                                      "--pure-python", "-B", "--case", "x",
                                      "--case=y", "--filename", "out.ppm"])
        self.assertEqual((ns.width, ns.thickness, ns.benchmark), (10, 1.5, "b"))
        self.assertIs(ns.pure_python, True)
        self.assertIs(ns.force_bytes, True)
        self.assertEqual(ns.cases, ["x", "y"])
        self.assertEqual(ns.filename, "out.ppm")

    def test_errors_exit_2(self):
        for argv in (["--nope"], ["c"], ["--width", "x"], ["--width"], ["a", "b"],
                     ["--pure-python=1"]):
            with self.subTest(argv=argv):
                with self.assertRaises(SystemExit) as cm:
                    parse(self.parser(), argv)
                self.assertEqual(cm.exception.code, 2)

    def test_error_message(self):
        err = io.StringIO()
        with redirect_stderr(err), self.assertRaises(SystemExit):
            self.parser().parse_args(["c"])
        self.assertIn("invalid choice: 'c'", err.getvalue())

    def test_required_positional_and_star(self):
        p = pyperf.ArgParser()
        p.add_argument("benchmark", choices=["pickle", "unpickle"])
        p.add_argument("rest", nargs="*")
        ns, _ = parse(p, ["pickle", "x", "y"])
        self.assertEqual((ns.benchmark, ns.rest), ("pickle", ["x", "y"]))
        with self.assertRaises(SystemExit):
            parse(p, [])

    def test_double_dash_and_short_inline(self):
        p = pyperf.ArgParser()
        p.add_argument("-l", "--loops", type=int, default=1)
        p.add_argument("names", nargs="*")
        ns, _ = parse(p, ["-l7", "--", "--x"])
        self.assertEqual((ns.loops, ns.names), (7, ["--x"]))

    def test_store_const_count_set_defaults(self):
        p = pyperf.ArgParser()
        p.add_argument("--fast", action="store_const", const=3, default=1)
        p.add_argument("-v", action="count", dest="verbose")
        p.set_defaults(extra="e")
        ns, _ = parse(p, ["--fast", "-v", "-v"])
        self.assertEqual((ns.fast, ns.verbose, ns.extra), (3, 2, "e"))

    def test_unsupported_keyword_is_loud(self):
        with self.assertRaises(TypeError):
            pyperf.ArgParser().add_argument("--x", frobnicate=True)


class RunnerTest(unittest.TestCase):
    def run_quiet(self, fn):
        out = io.StringIO()
        with redirect_stdout(out):
            fn()
        return out.getvalue()

    def test_bench_func_fixed_loops(self):
        runner = pyperf.Runner()
        runner.parse_args(["--loops", "7"])
        calls = []
        text = self.run_quiet(lambda: runner.bench_func("f", calls.append, 1,
                                                        inner_loops=10))
        self.assertEqual(calls, [1] * 7)
        self.assertEqual(text, "f: 7 loops\n")

    def test_bench_time_func_gets_loops(self):
        runner = pyperf.Runner()
        runner.parse_args(["-l", "4"])
        seen = []

        def timed(loops, a, b):
            seen.append((loops, a, b))
            return 0.5
        text = self.run_quiet(lambda: runner.bench_time_func("t", timed, "a", "b"))
        self.assertEqual(seen, [(4, "a", "b")])
        self.assertEqual(text, "t: 4 loops\n")
        self.assertEqual(runner.results, [("t", 4, 0.5)])

    def test_default_loops_and_lazy_parse(self):
        runner = pyperf.Runner()
        runner.argparser.add_argument("--level", type=int, default=25)
        saved = sys.argv
        sys.argv = ["run_benchmark.py", "--level", "3"]
        try:
            text = self.run_quiet(lambda: runner.bench_func("g", lambda: None))
        finally:
            sys.argv = saved
        self.assertEqual(text, "g: 1 loops\n")
        self.assertEqual(runner.args.level, 3)
        self.assertEqual(pyperf.Runner(loops=9).parse_args([]).loops, 9)

    def test_duplicate_name_and_bad_return(self):
        runner = pyperf.Runner()
        runner.parse_args([])
        self.run_quiet(lambda: runner.bench_func("x", lambda: None))
        with self.assertRaises(ValueError):
            self.run_quiet(lambda: runner.bench_func("x", lambda: None))
        with self.assertRaises(TypeError):
            self.run_quiet(lambda: runner.bench_time_func("y", lambda loops: None))

    def test_zero_loops_rejected(self):
        err = io.StringIO()
        with redirect_stderr(err), self.assertRaises(SystemExit):
            pyperf.Runner().parse_args(["--loops", "0"])

    def test_bench_async_func(self):
        runner = pyperf.Runner()
        runner.parse_args(["--loops", "3"])
        count = []

        async def coro(x):
            await asyncio.sleep(0)
            count.append(x)
        text = self.run_quiet(lambda: runner.bench_async_func("co", coro, 5))
        self.assertEqual(count, [5, 5, 5])
        self.assertEqual(text, "co: 3 loops\n")
        runner2 = pyperf.Runner()
        runner2.parse_args(["--loops", "2"])
        self.run_quiet(lambda: runner2.bench_async_func(
            "co2", coro, 6, loop_factory=asyncio.new_event_loop))
        self.assertEqual(count[3:], [6, 6])

    def test_metadata_and_helpers(self):
        runner = pyperf.Runner(metadata={"a": 1}, processes=3, values=2, warmups=1)
        runner.metadata["description"] = "d"
        self.assertEqual(runner.metadata, {"a": 1, "description": "d"})
        self.assertEqual(pyperf.python_implementation(), "cpython")
        self.assertIs(pyperf.perf_counter, __import__("time").perf_counter)
        self.assertFalse(pyperf.python_has_jit())


class StandaloneScriptTest(unittest.TestCase):
    """A pyperformance-style script run the way the harness runs it."""

    SCRIPT = textwrap.dedent('''
        import sys
        import pyperf

        def work(n):
            return sum(range(n))

        def timed(loops, n):
            t0 = pyperf.perf_counter()
            for _ in range(loops):
                work(n)
            return pyperf.perf_counter() - t0

        if __name__ == "__main__":
            runner = pyperf.Runner(add_cmdline_args=lambda cmd, args: None)
            runner.metadata["description"] = "test"
            runner.argparser.add_argument("--n", type=int, default=10)
            runner.argparser.add_argument("variant", nargs="?", choices=["x", "y"])
            args = runner.parse_args()
            runner.bench_func("plain_" + (args.variant or "all"), work, args.n)
            runner.bench_time_func("timed", timed, args.n)
            print("argparse imported:", "argparse" in sys.modules)
        ''')

    def test_runs_without_argparse(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "run_benchmark.py")
            with open(path, "w") as fh:
                fh.write(self.SCRIPT)
            env = dict(os.environ, PYTHONPATH=SHIM_DIR, PYTHONDONTWRITEBYTECODE="1",
                       PYPERF_SHIM_TIMES="1")
            out = subprocess.run([sys.executable, path, "--loops", "3", "y", "--n=5"],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 universal_newlines=True, env=env, cwd=tmp)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(out.stdout, "plain_y: 3 loops\ntimed: 3 loops\n"
                                     "argparse imported: False\n")
        self.assertIn("pyperf shim: timed ", out.stderr)


if __name__ == "__main__":
    unittest.main()
