# needs: unpack
def f(**kw):
    return kw
print(f(), f(a=1), f(b=2, a=1))
def g(a, **kw):
    return a, sorted(kw.items())
print(g(1, z=26, y=25))
print(g(**{"a": 0, "b": 1}))
print(f(**{"x": 1}, y=2, **{"z": 3}))
def h(a, b, c):
    return a + b + c
print(h(1, **{"c": 3, "b": 2}))
print(f(**dict(p=1), q=2))
