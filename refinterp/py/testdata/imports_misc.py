import mymod, mymod
import pkg
from pkg.mod import helper
import pkg.sub as ps
print(mymod.X, pkg.value, pkg.NAME, helper(), ps.S, __name__)
from mymod import *
print(X)
try:
    import nonexistent
except ImportError as e:
    print(type(e).__name__, e)
try:
    from mymod import nothing
except ImportError as e:
    print(str(e).split(' (')[0])  # the module's path differs between machines
class CM:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with CM() as c, CM():
    raise ValueError("x")
print("after")
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
if (n := 10) > 5:
    print(n)
print([y for x in [[1, 2], [3]] for y in x])
def kw(a, /, b, *, c):
    return a, b, c
print(kw(1, b=2, c=3))
try:
    kw(a=1, b=2, c=3)
except TypeError as e:
    print(e)
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)
import sys
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
def count():
    c = 0
    def inc():
        nonlocal c
        c += 1
    for _ in range(5):
        inc()
    return c
print(count())
class Cnt:
    n = 0
    def __init__(self):
        Cnt.n += 1
Cnt(); Cnt(); print(Cnt.n)
print(type(lambda: 0).__name__, (lambda: 0).__name__, count.__name__, count.__qualname__)
