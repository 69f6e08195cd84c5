import cProfile, pstats, io
pr = cProfile.Profile()
pr.enable()
def f(n): return n if n < 2 else f(n-1) + f(n-2)
f(5); sorted([3,1]); [].append(1)
pr.disable()
s = io.StringIO()
pstats.Stats(pr, stream=s).sort_stats("calls", "name").print_stats()  # deterministic order (times tie)
import re
print(re.sub(r"\d+\.\d+", "T", s.getvalue()))
def helper(n):
    return n * 2
def my_function():
    return [helper(i) for i in range(3)]
import contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    cProfile.run('my_function()')
print(re.sub(r"\d+\.\d+", "T", buf.getvalue()))
