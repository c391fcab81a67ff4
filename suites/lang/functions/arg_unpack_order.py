# needs: unpack
def f(a, b, c, d=4, *e, f=6, **g):
    return a, b, c, d, e, f, sorted(g.items())
print(f(1, 2, 3))
print(f(1, *(2, 3)))
print(f(*[1, 2], 3, 40, 50, 60, f=7, x=8))
print(f(1, 2, 3, **{"f": 9, "y": 0}))
print(f(c=3, b=2, a=1))
args = (1, 2)
kwargs = {"c": 3, "z": 26}
print(f(*args, **kwargs))
