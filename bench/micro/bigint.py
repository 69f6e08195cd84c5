# Big-int arithmetic: Fibonacci, factorial and pi digits with integers.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def pi_digits(n):
    # Machin's formula in fixed point: pi = 16 atan(1/5) - 4 atan(1/239).
    unity = 10 ** (n + 10)

    def arctan_inv(x):
        total = term = unity // x
        x2 = x * x
        k = 1
        sign = -1
        while term:
            term //= x2
            total += sign * (term // (2 * k + 1))
            sign = -sign
            k += 1
        return total
    pi = 16 * arctan_inv(5) - 4 * arctan_inv(239)
    return pi // 10 ** 10


def run(scale):
    f = fib(int(200_000 * scale))
    g = fact(int(15_000 * scale))
    p = pi_digits(int(15_000 * scale))
    return f % 1_000_000_007, g % 1_000_000_007, p % 10 ** 20, f.bit_length() + g.bit_length()


print(*run(SCALE))
