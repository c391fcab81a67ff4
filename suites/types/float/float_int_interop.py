# needs: dunder_name
try:
    1.0
except Exception:
    print("SKIP")
    raise SystemExit
print(1 + 0.5, 2 * 0.5, 1 / 1, 7 // 2.0, 7 % 2.5, 2 ** -1, 2.0 ** 3)
print(float(2 ** 53), float(2 ** 53 + 1), int(float(2 ** 53 + 1)), int(1e15))
print(3 == 3.0, 3 < 3.1, hash(3) == hash(3.0), {3: "i", 3.0: "f"})
print(round(2.5), round(3.5), round(-3.5), round(0.49999999999999994), type(round(1.5)).__name__)
print(int(7.9), int(-7.9), float("3"), float(-7))
