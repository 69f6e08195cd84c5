import math
x, w, p = 3.14159, 10, 3
name = "ada"
print(f"{x:{w}.{p}f}|{x:<{w}}|{name:>{w}}|{name!r:^{w}}|")
print(f"{x=:.2f} {name=!s} {1 + 1 = }")
print(f"{'a' if x > 3 else 'b'}", f"{[i ** 2 for i in range(3)]}", f"{ {1: 'one'}[1] }", f"{math.pi:.3e}")
print(f"{12345678:,d} {0.000123:.2%} {255:#010x} {-42:=+8d} {3:03d} {'s':*^7}")
print(f"{'nested {braces}'}", f"{{}}", f"{{{name}}}", f"{x!a}", f"{'é'!a}")
print(f"multi {name} "
      f"line {x:.1f}")
val = 7
print(f"{val:b} {val:o} {val:x} {val:X} {val:e} {val:g} {val:%} {val:c}" if False else f"{val:b} {val:o} {val:x} {val:X} {val:e} {val:g} {val:%}")
print(format(1234.5678, ",.2f"), format(-0.0, "+"), format(float("inf"), "^9"), format(1e21, "g"), format(123, "n"))
