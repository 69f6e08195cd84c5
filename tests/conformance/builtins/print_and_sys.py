import sys, time
print("a", "b", sep="-", end="!\n")
print("x", 1, None, file=sys.stdout, flush=True)
print(file=sys.stderr)
print("to stderr", file=sys.stderr)
print(*[1, 2, 3], sep=", ")
print()
print(sys.version_info[:2], sys.version_info.major, sys.maxsize, sys.byteorder, sys.platform, type(sys.argv).__name__)
print(sys.getrecursionlimit(), type(sys.path).__name__, "sys" in sys.modules, sys.implementation.name in ("cpython", "ferrython"))
t0 = time.time(); p0 = time.perf_counter(); m0 = time.monotonic(); n0 = time.perf_counter_ns()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.009, time.monotonic() >= m0, time.perf_counter_ns() > n0, type(time.time_ns()).__name__)
sys.stdout.write("written\n")
print(sys.stdout.isatty() in (True, False))
try:
    sys.exit("exit message")
except SystemExit as e:
    print("SystemExit:", e.code)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print(sys.intern("abc") is sys.intern("a" + "bc"))
sys.exit(0)
