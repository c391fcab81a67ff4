# needs: unpack
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
a |= b
print(a)
print({**a, "w": 0})
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
