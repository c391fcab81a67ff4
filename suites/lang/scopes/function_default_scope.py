x = "global"
def outer():
    x = "enclosing"
    def inner(v=x):
        return v
    return inner
print(outer()())
class C:
    y = 5
    def m(self, v=y):
        return v
print(C().m())
def make(n):
    return [lambda k=k: k * n for k in range(3)]
print([f() for f in make(10)])
