try:
    import copy
except ImportError:
    print("SKIP")
    raise SystemExit
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = copy.deepcopy(a)
a[0] = 100
a[1].append(4)
print(a, b, c, d, e)
print(b is a, c is a, c[1] is a[1], e[1] is a[1])
rows = [[0] * 2] * 2
rows[0][0] = 1
print(rows)
