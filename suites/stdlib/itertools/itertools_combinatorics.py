import itertools
print(list(itertools.permutations("abc", 2)))
print(list(itertools.combinations(range(4), 2)))
print(list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.product("ab", [0, 1])), len(list(itertools.product(range(3), repeat=3))))
