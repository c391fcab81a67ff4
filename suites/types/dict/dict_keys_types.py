# needs: dictorder
d = {}
d[1] = "int"
d["1"] = "str"
d[(1, 2)] = "tuple"
d[None] = "none"
d[frozenset([1])] = "frozenset"
d[b"1"] = "bytes"
print(len(d), d[1], d["1"], d[(1, 2)], d[None], d[frozenset({1})], d[b"1"])
print(list(d.values()))
try:
    d[{1}] = 1
except TypeError as e:
    print("TypeError:", e)
