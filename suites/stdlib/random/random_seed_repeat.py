try:
    import random
except ImportError:
    print("SKIP")
    raise SystemExit
random.seed(7)
a = [random.randint(0, 1000) for _ in range(10)]
random.seed(7)
b = [random.randint(0, 1000) for _ in range(10)]
print("same seed same sequence:", a == b)
random.seed(8)
c = [random.randint(0, 10 ** 6) for _ in range(10)]
print("different seed differs:", a != c)
