l = [3, 1, 4, 1, 5, 9, 2, 6]
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.reverse(); print(l)
w = ["banana", "Apple", "cherry", "date"]
w.sort(key=str.lower); print(w)
w.sort(key=len); print(w)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0]); print(pairs)
print([].sort(), sorted([3, 2, 1]))
try:
    [3, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
