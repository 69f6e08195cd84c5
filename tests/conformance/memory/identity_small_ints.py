# Ints from -5 to 256 are cached: computing the same value twice gives the same
# object; outside that range, computed values are distinct objects.
cached = []
for i in range(-10, 300):
    a = int(str(i))
    b = int(str(i))
    if a is b:
        cached.append(i)
print(cached[0], cached[-1], len(cached))
x = 256
y = 255 + int("1")
print(x is y)
x = 257
y = 256 + int("1")
print(x is y)
minus5, minus6 = -5, -6
print(minus5 is int("-5"), minus6 is int("-6"))
big = 1000
print(big * 1 is big, big + 0 is big, abs(-big) is big)
seven = 7
print(int("7") is seven, len("a" * 3) is len("bcd"))
