def fib(n):
    if n < 2:
        return n
    return fib(n-1) + fib(n-2)
print(fib(15))
class A:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
    def __repr__(self):
        return f"A({self.x!r})"
a = A(3)
print(a.get(), a, [a])
class B(A):
    def get(self):
        return super().get() * 2
print(B(4).get())
l = [3, 1, 2]
l.sort()
print(l, sorted(l, reverse=True), len(l))
d = {i: i*i for i in range(5)}
print(d, list(d.items())[:2])
print([x for x in range(10) if x % 2], {x % 3 for x in range(10)})
def gen(n):
    for i in range(n):
        yield i * 2
print(list(gen(4)), sum(gen(4)))
try:
    1/0
except ZeroDivisionError as e:
    print("caught", e, repr(e))
finally:
    print("finally")
s = "Hello, World"
print(s.lower(), s.split(", "), s[::-1], s[1:4], "%d-%s" % (3, "x"), "{:>5}|".format("ab"))
x = 10
def f():
    global x
    x += 1
f(); print(x)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
g = outer(); g(); print(g())
print(2**100, -7 // 2, -7 % 2, 7 / 2, 1e10, 0.1 + 0.2, int("42"), float("1.5"))
a, *b, c = range(6)
print(a, b, c)
with open("/tmp/refpy_golden_x.txt", "w") as fh:
    fh.write("line1\nline2\n")
print(open("/tmp/refpy_golden_x.txt").read().splitlines())
print(isinstance(3, int), issubclass(bool, int), type(3), type("s").__name__)
print(min(3, 1, 2), max([1, 5, 2], key=lambda v: -v), abs(-3), round(2.5), round(3.14159, 2))
print(list(zip([1, 2], "ab")), list(enumerate("xy", 1)), list(map(str, [1, 2])))
print(set([3, 1, 2]), frozenset([1]), tuple([1]), (1, 2) + (3,))
