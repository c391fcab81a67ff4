# needs: unpack
def check(fn):
    try:
        print(fn())
    except TypeError as e:
        print("TypeError:", e)
def f(**kw):
    return kw
check(lambda: f(**{1: 2}))
check(lambda: f(**[1]))
check(lambda: f(*5))
def g(a):
    return a
check(lambda: g(**{"a": 1}, **{"a": 2}))
check(lambda: dict(**{"a": 1}, a=2))
