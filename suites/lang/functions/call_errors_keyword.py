def check(fn):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
def f(a, b):
    pass
check(lambda: f(1, 2, c=3))
check(lambda: f(1, a=1))
check(lambda: f(b=1))
check(lambda: f(1, **{"b": 2, "d": 4}))
check(lambda: f(*[1], **{"a": 1, "b": 2}))
def k(*, x, y):
    pass
check(lambda: k())
check(lambda: k(x=1))
check(lambda: k(1, x=1, y=2))
