d = {(1, 2): "a", (1,): "b", (): "empty"}
print(d[(1, 2)], d[1,], d[()])
s = {(1, 2), (1, 2), (2, 1)}
print(sorted(s))
print(hash(()) == hash(()), (1, 2) in d)
