# needs: float, floatrepr
try:
    1.0
except Exception:
    print("SKIP")
    raise SystemExit
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1)
print(1.5 + 2, 3 - 0.5, 2 * 0.25, 2.0 ** 0.5)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
print(int(3.99), int(-3.99), float(3))
print(1e308 * 10, -1e308 * 10)
print(abs(-2.5), -0.0 == 0.0)
