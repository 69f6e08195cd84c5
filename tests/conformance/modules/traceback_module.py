# The traceback module: format_exc/print_exc, format_exception (chains included),
# format_exception_only, extract_tb/extract_stack, FrameSummary, TracebackException.
import sys
import traceback


def inner():
    return 1 / 0


def outer():
    try:
        inner()
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e


try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(text, end="")
    traceback.print_exc(file=sys.stdout)
    exc = sys.exc_info()[1]

print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(KeyError, KeyError("k")))
lines = traceback.format_exception(exc)
print(len(lines) > 3, lines[-1], end="")
print("".join(traceback.format_exception(type(exc), exc, exc.__traceback__, chain=False)), end="")
entries = traceback.extract_tb(exc.__traceback__)
print([(fs.name, fs.lineno, fs.line) for fs in entries])
print(entries[0].filename.endswith("traceback_module.py"), len(entries[0]), list(entries[0])[2:])
print(traceback.format_tb(exc.__traceback__)[0], end="")


def show_stack():
    stack = traceback.extract_stack()
    return [(fs.name, fs.lineno) for fs in stack[-2:]]


print(show_stack())
te = traceback.TracebackException.from_exception(exc)
print(str(te), "".join(te.format_exception_only()), end="")
print(list(te.format())[-1], end="")
print(traceback.format_exc())
try:
    compile("x = (", "<src>", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
