l = list(range(8))
l[1:3] = ["a", "b", "c"]; print(l)
l[::2] = [0] * len(l[::2]); print(l)
l[:] = [1, 2]; print(l)
l[5:] = [9]; print(l)
l[0:0] = [-1]; print(l)
del l[::2]; print(l)
l[1:1] = "xy"; print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    l[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
