# bench: function-call overhead: positional, keyword, default, star arguments, methods, closures
# params 1000MHz 64MiB: N = 100000; DEPTH = 30
# params 48MHz 64KiB: N = 3000; DEPTH = 20
# params 16MHz 8KiB: N = 300; DEPTH = 3


def f0():
    return 1


def f2(a, b):
    return a + b


def fdefault(a, b=3, c=4):
    return a * b + c


def fstar(*args):
    return len(args)


def fkw(a, **kw):
    return a + len(kw)


def make_adder(k):
    def add(x):
        return x + k

    return add


def recurse(n):
    if n == 0:
        return 0
    return recurse(n - 1) + 1


class Thing:
    def __init__(self, v):
        self.v = v

    def method(self, x):
        return self.v + x

    @staticmethod
    def static(x):
        return x * 2

    @classmethod
    def klass(cls, x):
        return x - 1


def run(n):
    add5 = make_adder(5)
    thing = Thing(7)
    bound = thing.method
    total = 0
    for i in range(n):
        total += f0()
        total += f2(i, 1)
        total += fdefault(i) + fdefault(i, 2) + fdefault(i, c=1)
        total += fstar(i, i, i) + fstar()
        total += fkw(i, x=1, y=2)
        total += add5(i)
        total += thing.method(i) + bound(1) + Thing.static(i) + thing.klass(i)
        total += (lambda x: x + 1)(i)
        if i % 100 == 0:
            total += recurse(DEPTH)
        total &= 0xFFFFFFF
    return total


print("total", run(N))
print("depth", recurse(DEPTH))
