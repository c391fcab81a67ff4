# needs: float
l = [1, "a", None, [2.5, (3,)], {"k": [4]}]
print(l, repr(l), str(l))
r = [1, 2]
r.append(r)
print(r)
d = {"self": None}
d["self"] = d
print(d)
a = [1]
b = [a, a]
print(b)
print([[]], [[], []], [()], [""], ['"'], ["'"])
