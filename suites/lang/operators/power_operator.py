print(2 ** 10, (-2) ** 3, (-8) ** 0)
print(pow(2, 3), pow(2, 3, 5), pow(-2, 3, 5), pow(3, -1, 7))
print(10 ** 2 ** 0)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
