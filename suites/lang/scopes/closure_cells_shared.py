def make():
    val = [0]
    def inc():
        val[0] += 1
    def read():
        return val[0]
    return inc, read
i, r = make()
i(); i(); i()
print(r())
def loop_closures():
    fns = []
    for k in range(3):
        def f(k=k):
            return k
        fns.append(f)
    return [f() for f in fns]
print(loop_closures())
def rebind_after():
    x = 1
    f = lambda: x
    x = 2
    return f()
print(rebind_after())
