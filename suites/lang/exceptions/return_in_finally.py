def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallows exception"
print(g())
def h():
    x = 1
    try:
        return x
    finally:
        x = 2
print(h())
def k():
    for i in range(3):
        try:
            raise KeyError
        finally:
            break
    return "break in finally swallowed " + str(i)
print(k())
