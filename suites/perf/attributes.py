# bench: attribute and variable access: instance, class and global reads and writes, locals
# params 1000MHz 64MiB: N = 300000
# params 48MHz 64KiB: N = 5000
# params 16MHz 8KiB: N = 500

SCALE = 3
OFFSET = 11


class Counter:
    step = 2  # a class attribute, read through the instance

    def __init__(self):
        self.a = 0
        self.b = 1
        self.c = 2

    def tick(self, i):
        self.a = self.a + self.step
        self.b = (self.b * 3 + self.a) & 0xFFFF
        self.c ^= self.b + i
        return self.c


class Box:
    def __init__(self, inner):
        self.inner = inner


def locals_loop(n):
    x = 1
    y = 2
    z = 3
    for i in range(n):
        t = x + y
        x = y
        y = z
        z = (t + i) & 0xFFFFF
    return x + y + z


def globals_loop(n):
    global OFFSET
    total = 0
    for i in range(n):
        total += (i * SCALE + OFFSET) & 0xFF
        if i % 1000 == 0:
            OFFSET += 1
    return total


def attrs_loop(n):
    c = Counter()
    chain = Box(Box(Box(c)))
    acc = 0
    for i in range(n):
        acc ^= c.tick(i)
        acc += chain.inner.inner.inner.a & 0xF
    return acc, c.a, c.b, c.c


print("locals", locals_loop(N))
print("globals", globals_loop(N), OFFSET)
print("attributes", attrs_loop(N))
