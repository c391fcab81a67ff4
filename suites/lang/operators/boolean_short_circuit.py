def t(x):
    print("eval", x)
    return x
print(t(0) and t(1))
print(t(2) and t(3))
print(t(0) or t(4))
print(t(5) or t(6))
print(not t([]))
print([] or {} or "last", 1 and [] and 2)
print(None or 0, "" and 1)
