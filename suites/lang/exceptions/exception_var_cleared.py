try:
    raise ValueError("v")
except ValueError as err:
    print("inside", err)
try:
    err
except NameError as e:
    print("NameError:", e)
e = "kept?"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
print("e" in dir())
