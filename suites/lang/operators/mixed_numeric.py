# needs: dunder_name, float
try:
    1.0
except Exception:
    print("SKIP")
    raise SystemExit
print(1 + 1.0, type(1 + 1.0).__name__)
print(True + 1.5, True * 3, type(True + 1).__name__)
print(3 // 2.0, 3 % 2.0, 2 ** 0.5 * 2 ** 0.5)
print(1 == 1.0, 1 < 1.5, 2 > 1.99)
print(10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
