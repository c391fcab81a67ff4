try:
    1.0
except Exception:
    print("SKIP")
    raise SystemExit
for v in [0.1, 0.2, 0.1 + 0.2, 1.0, 1.5, 1e16, 1e15, 123456789.0, 1e-5, 1e-4, 0.0001234,
          -0.0, 0.0, 1e22, 1e100, 2.0 ** 0.5, 1 / 3, 100.0, 1e16 + 1, 5e-324, 1.7976931348623157e308]:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
