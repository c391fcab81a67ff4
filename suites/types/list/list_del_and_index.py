l = list("abcdefg")
del l[-1]
del l[1]
print(l)
del l[:2]
print(l)
l[-1] = "Z"
print(l, l[-len(l)])
try:
    del l[10]
except IndexError as e:
    print("IndexError:", e)
try:
    l[-10] = 1
except IndexError as e:
    print("IndexError:", e)
