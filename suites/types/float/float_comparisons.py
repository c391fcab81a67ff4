try:
    1.0
except Exception:
    print("SKIP")
    raise SystemExit
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1.0 == 1, 2 ** 53 == 2.0 ** 53)
print(1 < 1.5 < 2, -0.5 < 0, 1e-300 > 0, 3.0 in [1, 2, 3])
print(sorted([3.5, -1, 2, 0.0]), max(1, 1.0), min(1.0, 1), hash(2.0) == hash(2))
