def show(a, b=0, *args, c=1, **kw):
    return "a={} b={} args={} c={} kw={}".format(a, b, args, c, sorted(kw.items()))
print(show(1))
print(show(1, 2, 3, 4))
print(show(b=5, a=6))
print(show(1, c=9, z=0, y=1))
print(show(*"xy", **{"c": "C"}))
