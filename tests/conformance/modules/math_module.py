import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-0.5), type(math.floor(2.5)).__name__)
print(math.gcd(12, 18), math.gcd(), math.gcd(0, 5, 10), math.lcm(4, 6), math.lcm(), math.factorial(20), math.factorial(25))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.isqrt(99), math.isqrt(10**30))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan))
print(math.copysign(3, -0.0), math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.exp(1), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(1000), math.log1p(0.0), math.expm1(0.0), math.log(10**100))
print(math.sin(0), math.cos(0), math.tan(0), math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.asinh(0), math.acosh(1), math.atanh(0))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5), math.lgamma(1), math.gamma(6))
print(math.pow(2, 10), math.pow(2, 0.5), math.cbrt(8), math.exp2(10), math.nextafter(1.0, 2.0), math.ulp(1.0))
for bad in ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.factorial(-1)", "math.factorial(2.5)", "math.exp(1000)", "math.acos(2)", "math.floor(math.inf)", "math.floor(math.nan)", "math.pow(0, -1)", "math.gamma(0)", "math.isqrt(-1)", "math.comb(-1, 2)", "math.sqrt('x')", "math.fmod(1, 0)", "math.atanh(1)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
