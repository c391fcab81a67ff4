# needs: dunder_name
def f(a, b=1, *args, c, d=2, **kw):
    "docstring here"
    x = 1
    return x
print(f.__name__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
f.custom = "attr"
print(f.custom)
def g():
    pass
print(g.__doc__, g.__defaults__, g.__kwdefaults__)
print(callable(f), callable(5))
class C:
    def m(self): pass
print(C.m.__qualname__, C.__qualname__)
