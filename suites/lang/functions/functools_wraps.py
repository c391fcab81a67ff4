# needs: dunder_name, functools
import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def documented(x):
    "the doc"
    return x
print(documented.__name__, documented.__doc__, documented(3))
print(documented.__wrapped__.__name__)
def plain(fn):
    def wrapper():
        return fn()
    return wrapper
@plain
def named():
    pass
print(named.__name__)
