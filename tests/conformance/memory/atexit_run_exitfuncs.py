# atexit._run_exitfuncs() runs the handlers now and clears them; _clear() drops them.
# (Counts are relative: site may register a handler of its own.)
import atexit

base = atexit._ncallbacks()
atexit.register(print, "run now")
atexit.register(print, "run now too")
print(atexit._ncallbacks() - base)
atexit._run_exitfuncs()
print("after run", atexit._ncallbacks())
atexit.register(print, "cleared")
atexit._clear()
print(atexit._ncallbacks())
atexit.register(print, "at real exit")
print("main done")
