a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q] = "pq"
print(p, q)
(r, (s, t)) = (1, (2, 3))
print(r, s, t)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
d = {}
d["k"] = d2 = {}
print(d, d2, d["k"] is d2)
