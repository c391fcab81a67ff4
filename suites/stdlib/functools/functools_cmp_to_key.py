import functools
def cmp(a, b):
    return (a > b) - (a < b)
def rev(a, b):
    return cmp(b, a)
print(sorted([3, 1, 2], key=functools.cmp_to_key(rev)))
words = ["bb", "a", "ccc", "dd"]
print(sorted(words, key=functools.cmp_to_key(lambda x, y: len(x) - len(y) or cmp(x, y))))
