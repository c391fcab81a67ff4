try:
    import math
except ImportError:
    print("SKIP")
    raise SystemExit
print(math.sqrt(16), math.sqrt(2), math.pow(2, 10), math.fabs(-3), math.fmod(7, -3))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5))
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.exp(0), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.factorial(10), math.gcd(12, 18), math.gcd(0, 5), math.isqrt(17))
