def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=30, b=20))
def g(*args, key):
    return args, key
print(g(1, 2, key="k"))
def check(fn):
    try:
        print(fn())
    except TypeError as e:
        print("TypeError:", e)
check(lambda: f(1, 2))
check(lambda: f(1))
check(lambda: g(1))
print(f.__kwdefaults__)
