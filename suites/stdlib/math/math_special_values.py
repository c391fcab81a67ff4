try:
    import math
except ImportError:
    print("SKIP")
    raise SystemExit
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308), math.isfinite(math.inf))
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.fabs(-0.0))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(2.5), math.modf(-2.5))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2))
print(math.ceil(1e15), math.floor(-0.5))
