l = [5, 3, 5, 1, 5]
print(l.index(5), l.index(5, 1), l.index(5, 3), l.count(5), l.count(9))
print(len(l), 3 in l, 4 not in l, min(l), max(l), sum(l))
c = l.copy()
c.append(0)
print(l, c, c is l)
try:
    l.index(5, 0, 0)
except ValueError as e:
    print("ValueError:", e)
