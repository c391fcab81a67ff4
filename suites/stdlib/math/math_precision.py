try:
    import math
except ImportError:
    print("SKIP")
    raise SystemExit
print(math.sqrt(2) ** 2, math.sqrt(2) ** 2 == 2, math.isclose(math.sqrt(2) ** 2, 2))
print(math.exp(math.log(10)), math.pow(10, -2), 10 ** -2, math.log(100, 10))
print(math.pi * 2 == math.tau, math.e ** 2)
