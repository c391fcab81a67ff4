# needs: float
try:
    import random
except ImportError:
    print("SKIP")
    raise SystemExit
random.seed(123)
vals = [random.random() for _ in range(500)]
print(min(vals) >= 0.0, max(vals) < 1.0, len(set(vals)) > 450)
print(0.3 < sum(vals) / len(vals) < 0.7)
ints = [random.randint(-3, 3) for _ in range(300)]
print(sorted(set(ints)) == list(range(-3, 4)))
