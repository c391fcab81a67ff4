funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make():
    fs = []
    for j in range(3):
        def f():
            return j
        fs.append(f)
    j = 100
    return fs
print([f() for f in make()])
def make2():
    return [(lambda k: (lambda: k))(k) for k in range(3)]
print([f() for f in make2()])
