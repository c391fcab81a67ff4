fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def outer():
    n = 10
    return [n + k for k in range(3)]
print(outer())
def uses_arg(base):
    return {k: base * k for k in range(3)}
print(uses_arg(2))
