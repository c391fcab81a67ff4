print(list(), list([1]), list((1, 2)), list("ab"), list(range(3)), list({"a": 1}))
print(list({3: 0}.values()), list(x for x in "xy"), list(b"AB"))
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    list(1, 2)
except TypeError as e:
    print("TypeError:", e)
