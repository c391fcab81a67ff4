d = {i: i for i in range(9)}
for k in range(100, 20000):
    d[k] = 1
    del d[k]
print(len(d), sorted(d))
# churn in the middle and at the end, with str and tuple keys, order kept
e = {}
for i in range(3000):
    e["k%d" % (i % 50)] = i
    if i % 3 == 0:
        e.pop("k%d" % ((i * 7) % 50), None)
    e[(i % 13, i % 7)] = i
    if i % 5 == 0:
        del e[(i % 13, i % 7)]
print(len(e), list(e.items())[:10], list(e)[-5:])
for k in list(e):
    if isinstance(k, tuple):
        del e[k]
e.update({"z": 1})
print(list(e)[:5], len(e), e.popitem(), len(e))
