data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data))
print(sorted(data, key=lambda t: t[1]))  # stable
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted("Banana", key=str.lower))
print(sorted({3: "x", 1: "y"}), sorted([]), sorted((2, 1)))
lst = [3, 1, 2]
print(lst.sort(), lst)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
