# String building and formatting: f-strings, %, str.format, join, methods.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def run(n):
    total = 0
    parts = []
    for i in range(n):
        s = f"item {i:05d} = {i * 1.5:.2f}"
        t = "%s/%d/%x" % ("ab", i, i)
        u = "{}-{}".format(i, s[:4])
        parts.append(s.upper() if i & 1 else t)
        total += len(s) + len(t) + len(u)
        if s.startswith("item 0") and "5" in t:
            total += 1
        if len(parts) >= 100:
            joined = ",".join(parts)
            total += len(joined.split(",")) + joined.count("ITEM")
            total += len(joined.replace("item", "x"))
            parts = []
    return total


print(run(int(250_000 * SCALE)))
