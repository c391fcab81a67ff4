# needs: dunder_name
try:
    import math
except ImportError:
    print("SKIP")
    raise SystemExit
print(math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.lcm(4, 6), math.gcd(-4, 6), math.isqrt(10 ** 6), math.factorial(0))
print(type(math.floor(1.5)).__name__, type(math.sqrt(4)).__name__, math.dist((0, 0), (3, 4)))
