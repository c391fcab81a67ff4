# needs: decorator_expr
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def val(x):
    return x * 2
print(val(4))
def tag(name, sep=":"):
    def deco(fn):
        def w(s):
            return name + sep + fn(s)
        return w
    return deco
@tag("b")
@tag("i", sep="=")
def text(s):
    return s
print(text("t"))
# decorator expressions may be arbitrary (PEP 614)
decos = {"rep": repeat(2)}
@decos["rep"]
def z():
    return "z"
print(z())
