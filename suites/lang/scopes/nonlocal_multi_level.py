def a():
    v = 1
    def b():
        def c():
            nonlocal v
            v += 10
        c()
        return v
    r = b()
    return v, r
print(a())
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get())
