# warnings: default filters, the per-location registry, stacklevel, actions,
# catch_warnings(record=True), formatwarning and showwarning overrides.
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


old_api()
old_api()
for i in range(3):
    warnings.warn("shown once per location")
warnings.warn("another location")
warnings.warn(RuntimeWarning("an instance"))
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("bytes", BytesWarning)
print(type(warnings.filters).__name__, warnings.filters[0][0], warnings.filters[0][2].__name__)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded 1")
    warnings.warn("recorded 2", FutureWarning)
    old_api()
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log])
print(log[0].lineno, log[0].filename.endswith("warnings_basics.py"), log[2].lineno)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised:", type(e).__name__, e)
    warnings.simplefilter("ignore", UserWarning)
    warnings.warn("ignored")

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.simplefilter("module")
    warnings.warn("module-level a")
    warnings.warn("module-level a")
print(len(log))

print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "  code line  "), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "file.py", 3, ""), end="")

def my_show(message, category, filename, lineno, file=None, line=None):
    print("custom:", category.__name__, message)

saved = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("through custom showwarning", SyntaxWarning)
warnings.showwarning = saved

try:
    warnings.warn("bad", category=int)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError:", e)
warnings.warn_explicit("explicit", UserWarning, "somewhere.py", 42)
print("end")
