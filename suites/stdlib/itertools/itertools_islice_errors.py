import itertools
print(list(itertools.islice(range(10), 0)), list(itertools.islice([], 5)))
try:
    itertools.islice(range(3), -1)
except ValueError as e:
    print("ValueError:", e)
it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it))
print(list(itertools.zip_longest([1], [], fillvalue=0)), list(itertools.product()))
