# needs: posonly
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
def check(fn):
    try:
        print(fn())
    except TypeError as e:
        print("TypeError:", e)
check(lambda: f(1, b=2, c=3, d=4))
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(a, b=2, /):
    return a, b
print(h(1), h(1, 5))
