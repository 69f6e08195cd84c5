with open("_tmp_fo_test.txt", "w") as f:
    n = f.write("line1\nline2\r\nline3\rline4")
    print(n, f.closed, f.name, f.mode)
print(f.closed)
with open("_tmp_fo_test.txt") as f:
    print(repr(f.readline()), repr(f.read(3)), f.readlines())
for line in open("_tmp_fo_test.txt"):
    print(repr(line))
with open("_tmp_fo_test.txt", "rb") as f:
    print(f.read())
with open("_tmp_fo_test.txt", "a") as f:
    f.write("\nmore")
print(open("_tmp_fo_test.txt").read().splitlines() if hasattr(str, "splitlines") else open("_tmp_fo_test.txt").read())
try:
    open("/nonexistent/x")
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename)
try:
    open("_tmp_fo_test.txt", "z")
except ValueError as e:
    print(e)
f = open("_tmp_fo_test.txt")
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
with open("_tmp_fo_test.bin", "wb") as f:
    f.write(b"\x00\x01abc")
print(open("_tmp_fo_test.bin", "rb").read())
try:
    open(".")
except IsADirectoryError as e:
    print(e)
