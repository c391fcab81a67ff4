# needs: local_import
def f():
    import mod_simple
    from mod_simple import double
    return mod_simple.VALUE, double(3)
print(f())
print("mod_simple" in dir())
def g():
    from math import sqrt
    return sqrt(16) == 4
print(g())
