class E(Exception):
    pass
class F(E):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise F("bad", 42)
except E as e:
    print(type(e).__name__, e, e.code, e.args)
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, z=6))
for bad in ["f()", "f(1)", "f(1, 2, c=3, a=1)", "f(1, c=1, c2=2)"]:
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)
def g(x, y):
    pass
for call in [lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, y=2, z=3), lambda: g(1, x=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
try:
    [1] + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    [3, "a"].sort()
except TypeError as e:
    print(e)
try:
    {}["k"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    int("x")
except ValueError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
class P:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 10
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def c(cls):
        return cls.__name__
p = P(); p.v = 3
print(p.v, P.s(1), P.c(), p.c())
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def h(x):
    return x * 2
print(h(5))
def gen():
    x = yield 1
    print("got", x)
    y = yield 2
    return x + y
g = gen()
print(next(g), g.send(10))
try:
    g.send(5)
except StopIteration as e:
    print("stop", e.value)
def yf():
    r = yield from gen()
    print("r", r)
it = yf(); next(it); it.send(1)
try:
    it.send(2)
except StopIteration:
    print("done")
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __eq__(self, o): return self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __len__(self): return self.x
    def __getitem__(self, i): return i * self.x
    def __contains__(self, i): return i == 1
    def __call__(self, y): return self.x * y
    def __iter__(self): return iter([self.x, self.x])
    def __bool__(self): return self.x != 0
    def __hash__(self): return hash(self.x)
v = V(2) + V(3)
print(v.x, V(1) == V(1), V(1) < V(2), len(v), v[3], 1 in v, v(2), list(v), bool(V(0)), sorted([V(3), V(1)])[0].x)
print({V(1): 1}[V(1)])
x = 5
print(1 < x < 10, 1 < x > 10, x if x > 3 else 0, not x, x and 7, 0 or "z")
s = 0
for i in range(10):
    if i == 3: continue
    if i == 7: break
    s += i
else:
    s = -1
print(s)
while True:
    try:
        break
    finally:
        print("fin in loop")
def tf():
    try:
        return 1
    finally:
        print("tf finally")
print(tf())
print(f"{3.14159:.2f} {'x':>3} {10:#x} {x=}")
print((lambda *a: a)(1, 2), [*range(3), *"ab"], {**{1: 2}, 3: 4})
print(divmod(7, 3), pow(2, 10, 1000), hex(255), bin(5), oct(8), chr(65), ord("a"))
print(str(1.0), repr(1e-5), 1e16, 123456789.123, float("inf"), -0.0, 3.0 * 2)
print(bytes([65, 66]), b"abc"[1], bytearray(b"x"), "é".encode())
print(list(reversed([1, 2, 3])), any([0, 1]), all([]), sum([1.5, 2]))
import sys
print(sys.argv[0].endswith(".py"), type(sys.maxsize))
