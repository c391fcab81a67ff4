# needs: float
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 1} == {1.0: 1}, {1: 1} != {1: 2})
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print({0: "a", False: "b"})
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
