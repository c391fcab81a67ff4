try:
    1.0
except Exception:
    print("SKIP")
    raise SystemExit
vals = [0.1, 1 / 3, 2 / 3, 1e-10, 123.456, 9007199254740993.0, 0.5e-300, 1.1e300, 3.141592653589793]
print(all(float(repr(v)) == v for v in vals))
for v in vals:
    print(repr(v))
