b = bytearray(b"hello world")
m = memoryview(b)
print(len(m), m[0], m[-1], m[0:5].tobytes(), m.tolist()[:3], m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.obj is b, m.hex()[:6])
m[0] = ord("H")
m[6:11] = b"WORLD"
print(b, bytes(m) if False else m.tobytes(), m == b"Hello WORLD", memoryview(b"abc").readonly)
with memoryview(b"xyz") as v:
    print(v[1], v[1:].tobytes())
try:
    v[0]
except ValueError as e:
    print("ValueError:", e)
try:
    memoryview(b"ro")[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview("str")
except TypeError as e:
    print("TypeError:", e)
print(type(m).__name__, isinstance(m, memoryview), IOError is OSError, EnvironmentError.__name__)
