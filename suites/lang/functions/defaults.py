def f(a, b=2, c="three"):
    return a, b, c
print(f(1))
print(f(1, 20))
print(f(1, c="C"))
print(f(a=0, c=None, b=[]))
n = 5
def g(x=n):
    return x
n = 6
print(g())  # default evaluated at def time
print(f.__defaults__, g.__defaults__)
