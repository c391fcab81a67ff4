def d(x):
    print("default", x)
    return x
def f(a=d(1), b=d(2), *, c=d(3)):
    return a, b, c
print("defined")
print(f())
print(f(10))
def g(x=[]):
    return x
print(g() is g())
