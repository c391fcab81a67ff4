# needs: float
print(hash(1) == hash(1.0), hash(0) == hash(False), hash(True) == 1)
print(hash(42), hash(-7), hash(0))
print(hash((1, 2)) == hash((1, 2)), isinstance(hash("s"), int))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
print(hash(frozenset([1])) == hash(frozenset([1])))
