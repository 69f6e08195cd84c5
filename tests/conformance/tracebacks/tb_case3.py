import sys
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("rec", e)
e = ValueError("with note")
e.add_note("first note")
e.add_note("second")
raise e
