import itertools
data = "aaabbcaa"
print([(k, len(list(g))) for k, g in itertools.groupby(data)])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print([(k, list(g)) for k, g in itertools.groupby(words, key=lambda w: w[0])])
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
print(list(itertools.pairwise("abcd")) if hasattr(itertools, "pairwise") else [])
