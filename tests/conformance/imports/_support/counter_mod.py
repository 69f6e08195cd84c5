import builtins
builtins._counter_mod_runs = getattr(builtins, "_counter_mod_runs", 0) + 1
RUNS = builtins._counter_mod_runs
try:
    PERSIST
except NameError:
    PERSIST = "first run only"
