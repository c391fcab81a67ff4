# gammavariate, betavariate, paretovariate, weibullvariate, vonmisesvariate
# and randbytes follow CPython's algorithms: a seeded run gives the same values.
import random

random.seed(1)
for _ in range(4):
    print(random.gammavariate(2, 1), random.gammavariate(0.5, 2), random.gammavariate(1, 3))
random.seed(1)
for _ in range(4):
    print(random.betavariate(2, 3), random.paretovariate(2.5), random.weibullvariate(1, 1.5))
    print(random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0))
print(random.randbytes(5), random.randbytes(0), random.Random(7).randbytes(3))
for bad in [lambda: random.gammavariate(0, 1), lambda: random.randbytes(-1)]:
    try:
        bad()
    except ValueError as e:
        print(e)
