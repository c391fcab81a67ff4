try:
    [1 / 0 for _ in range(1)]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    [x for x in 10]
except TypeError as e:
    print("TypeError:", e)
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    {{1} for _ in range(1)}
except TypeError as e:
    print("TypeError:", e)
