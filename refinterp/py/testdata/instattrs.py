# Instance attribute storage: order, deletion, __dict__ views and identity,
# per-instance orders that differ, many attributes, class changes.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

a = P(1, 2)
b = P(3, 4)
b.z = 5
print(vars(a), vars(b), a.__dict__ == {"x": 1, "y": 2})

class Q:
    pass

q1 = Q(); q1.a = 1; q1.b = 2
q2 = Q(); q2.b = 3; q2.a = 4       # the other order
q3 = Q(); q3.b = 5                  # a gap below b
q3.c = 6
q3.a = 7
print(q1.__dict__, q2.__dict__, q3.__dict__)
print(list(vars(q2)), [k for k in dir(q3) if not k.startswith("__")])

d = a.__dict__
a.w = 9
print(d, d is a.__dict__, "w" in d)
d["v"] = 10
print(a.v, sorted(vars(a).items()))
del a.x
print(vars(a), hasattr(a, "x"), getattr(a, "x", "gone"))
try:
    del b.nope
except AttributeError as e:
    print("AttributeError", e)
try:
    a.x
except AttributeError as e:
    print("AttributeError", e)

# many attributes: beyond the shared table
class Many:
    pass

m = Many()
for i in range(40):
    setattr(m, "a%d" % i, i)
print(len(vars(m)), m.a0, m.a39, list(vars(m))[-3:])
m2 = Many()
m2.a39 = "x"
m2.zz = "y"
print(vars(m2))

# class attributes, shadowing, methods, properties
class C:
    k = "class"
    def meth(self):
        return "meth"
    @property
    def prop(self):
        return "prop"

c = C()
print(c.k, c.meth(), c.prop)
c.k = "inst"
c.meth = lambda: "shadow"
print(c.k, C.k, c.meth(), vars(c).keys())
try:
    c.prop = 1
except AttributeError as e:
    print("AttributeError", e)

# __class__ assignment keeps attributes
class D:
    def __init__(self):
        self.only_d = 1
class E:
    pass
o = D()
o.extra = 2
o.__class__ = E
print(type(o).__name__, vars(o))
e = E(); e.x = 1
print(vars(e))

# __dict__ replacement and update
f = P(1, 2)
f.__dict__ = {"new": 1}
print(vars(f), hasattr(f, "x"))
g = P(5, 6)
g.__dict__.update(h=7)
print(g.h, vars(g))

# __slots__ classes and object()
class S:
    __slots__ = ("s1", "s2")
s = S()
s.s1 = 1
print(s.s1, hasattr(s, "__dict__"))
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)

# subclasses of built-ins keep their dicts
class L(list):
    pass
l = L([1])
l.tag = "t"
print(l, l.tag, vars(l))

# setattr/getattr with computed names, non-identifier names
class N:
    pass
n = N()
setattr(n, "with space", 1)
n.__dict__[5] = "int key"
print(getattr(n, "with space"), sorted(map(str, vars(n))))
p2 = P.__new__(P)
p2.__dict__.update(P(8, 9).__dict__)
p2.y = 10
print(vars(p2))
print(repr(a.__dict__), a == a, len(vars(P(0, 0))))
