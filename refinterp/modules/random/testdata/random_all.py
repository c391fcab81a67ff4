import random

def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for seed in [0, 1, 42, -5, 2**40 + 3, 2**200, "abc", b"xyz", 3.25, True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(5), random.getrandbits(33), random.getrandbits(100))
random.seed(7)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)], [random.randrange(5, 50, 5) for _ in range(5)], random.randrange(100, 0, -7))
print(random.randrange(10**20), random.randrange(-10**20, 10**20))
l = list(range(20))
random.shuffle(l)
print(l, random.choice(l), random.choice("hello"), random.choice(range(1000)))
print(random.sample(range(100), 5), random.sample(list("abcdefghij"), 10), random.sample(range(10**6), 8))
print(random.sample(["a", "b"], 3, counts=[2, 1]) if False else random.sample(["a", "b"], 3, counts=[2, 1]))
print(random.choices("abc", k=5), random.choices("abc", [1, 0, 5], k=5), random.choices(range(3), cum_weights=[1, 2, 10], k=4))
print(random.uniform(1, 2), random.gauss(), random.gauss(10, 2), random.gauss(10, 2), random.normalvariate(0, 1))
print(random.expovariate(2), random.triangular(), random.triangular(0, 10, 9), round(random.lognormvariate(0, 1), 12))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)], len(st), len(st[1]))
r1 = random.Random(99)
r2 = random.Random(99)
print(r1.random() == r2.random(), r1.randint(0, 100), r2.randint(0, 100), type(r1).__name__)
class R(random.Random):
    pass
print(R(5).random(), random.Random(5).random())
check(random.randrange, 0)
check(random.randrange, 5, 5)
check(random.randrange, 1, 5, 0)
check(random.randrange, 5, 1)
check(random.randrange, 1.5)
check(random.randrange, "a")
check(random.randrange, 10, 1, 2)
check(random.randint, 3, 1)
check(random.choice, [])
check(random.sample, {1, 2}, 1)
check(random.sample, [1, 2], 3)
check(random.getrandbits, -1)
check(random.choices, [1, 2], [1])
check(random.choices, [1, 2], [0, 0])
check(random.choices, [1, 2], [1, 1], cum_weights=[1, 2])
check(random.seed, [1])
check(random.randint, 1)
