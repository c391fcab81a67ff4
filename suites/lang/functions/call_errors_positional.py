def check(fn):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
def f0():
    pass
def f1(a):
    pass
def f2(a, b):
    pass
def fd(a, b=1):
    pass
check(lambda: f0(1))
check(lambda: f1())
check(lambda: f1(1, 2))
check(lambda: f2(1))
check(lambda: f2())
check(lambda: fd())
check(lambda: fd(1, 2, 3))
