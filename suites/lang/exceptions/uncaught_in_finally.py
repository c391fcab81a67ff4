# expect: exit 1
try:
    print("body")
    raise KeyError("k")
finally:
    print("finally runs before the program dies")
