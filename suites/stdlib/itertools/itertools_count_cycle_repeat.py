import itertools
c = itertools.count(5, 2)
print([next(c) for _ in range(4)])
cy = itertools.cycle("ab")
print([next(cy) for _ in range(5)])
print(list(itertools.repeat("x", 3)), list(itertools.islice(itertools.repeat(0), 2)))
print(list(itertools.islice(itertools.count(), 2, 10, 3)))
