# needs: float, floatrepr
print(repr(0), repr(-0), repr(10 ** 20), repr(-(2 ** 63)), repr(True + 0))
try:
    1.0
except Exception:
    print("SKIP")
    raise SystemExit
print(repr(0.1 + 0.2), repr(1e16), repr(1e-5), repr(-0.0), repr(float("inf")), repr(float("nan")))
print(repr(123.0), repr(1.0e-4), repr(9.999999999999999e22), repr(1e23), repr(2 ** 0.5))
print(str(1e16), str(12345678901234567.0), str(0.000001), str(1e-7))
print([0.1, 0.2 * 3], (1 / 3,), {"f": 2.0 / 3})
