a = [1]
a.append(a)
print(a, repr(a))
b = [a, [a]]
print(b)
d = {}
d["d"] = d
d["l"] = [d]
print(d)
t = ([],)
t[0].append(t)
print(t)
l1, l2 = [], []
l1.append(l2)
l2.append(l1)
print(l1, l2)
