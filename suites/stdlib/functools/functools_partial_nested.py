import functools
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
p1 = functools.partial(f, 1)
p2 = functools.partial(p1, 2, d=5)
print(p1(2), p2(), p2(c=3), p2(d=9))
print(functools.partial(sorted, key=len)(["ccc", "a", "bb"]))
