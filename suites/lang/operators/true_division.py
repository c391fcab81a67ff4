# needs: dunder_name, float
try:
    1.0
except Exception:
    print("SKIP")
    raise SystemExit
print(1 / 2, 3 / 3, -1 / 4, 10 / 4)
print(1 / 3)
print(2 / 3)
print(7 / -2, 0 / 5)
print(type(4 / 2).__name__)
print(1e300 * 10 / 10 == float("inf"))
