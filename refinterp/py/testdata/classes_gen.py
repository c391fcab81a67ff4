class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["added"] = 1
        return super().__new__(mcls, name, bases, ns)
class M(metaclass=Meta):
    pass
print(M.added, type(M).__name__)
class Base:
    subs = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.subs.append(cls.__name__)
class S1(Base): pass
class S2(Base): pass
print(Base.subs)
class D:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, 0) * 2
    def __set__(self, obj, v):
        obj.__dict__[self.name] = v
class H:
    d = D()
h = H(); h.d = 5; print(h.d, H.d.name)
class G:
    def __getattr__(self, n):
        return n.upper()
print(G().foo)
class Sl:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
print(Sl().a)
class A:
    def f(self): return "A"
class B(A):
    def f(self): return "B" + super().f()
class C(A):
    def f(self): return "C" + super().f()
class DD(B, C):
    def f(self): return "D" + super().f()
print(DD().f(), [k.__name__ for k in DD.__mro__])
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen(); print(next(g)); g.close()
def gen2():
    while True:
        try:
            yield
        except ValueError:
            print("got VE")
g = gen2(); next(g); g.throw(ValueError)
