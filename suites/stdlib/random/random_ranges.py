# needs: float
try:
    import random
except ImportError:
    print("SKIP")
    raise SystemExit
# MicroPython's generator differs from CPython's: print only properties, never values
random.seed(42)
print(all(0 <= random.random() < 1 for _ in range(100)))
print(all(1 <= random.randint(1, 6) <= 6 for _ in range(100)))
print(all(random.randrange(10) in range(10) for _ in range(100)))
print(all(random.randrange(5, 50, 5) % 5 == 0 for _ in range(100)))
print(all(random.getrandbits(8) < 256 for _ in range(100)))
print(all(2.0 <= random.uniform(2, 3) <= 3.0 for _ in range(100)))
