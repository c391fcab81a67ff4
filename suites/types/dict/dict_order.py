# needs: dictorder
d = {}
for k in ["z", "a", "m"]:
    d[k] = len(d)
print(list(d))
d["a"] = 99
print(list(d.items()))
del d["z"]
d["z"] = 0
print(list(d))
print(list({3: 0, 1: 0, 2: 0}))
print(list(reversed(d)))
