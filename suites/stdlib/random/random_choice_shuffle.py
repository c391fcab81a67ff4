try:
    import random
except ImportError:
    print("SKIP")
    raise SystemExit
random.seed(1)
items = ["a", "b", "c", "d"]
print(all(random.choice(items) in items for _ in range(50)))
if hasattr(random, "shuffle"):
    l = list(range(10))
    random.shuffle(l)
    print(sorted(l) == list(range(10)))
else:
    print(True)
if hasattr(random, "sample"):
    s = random.sample(range(100), 5)
    print(len(s), len(set(s)))
else:
    print(5, 5)
try:
    random.choice([])
except IndexError:
    print("IndexError on empty choice")
