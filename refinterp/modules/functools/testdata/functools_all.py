import functools
from functools import partial, reduce, wraps, lru_cache, cmp_to_key, total_ordering, cached_property, singledispatch
def f(a, b, c=3):
    return (a, b, c)
p = partial(f, 1, c=9)
print(p(2), p.func is f, p.args, p.keywords, repr(partial(len))[:28])
pp = partial(p, 5)
print(pp(), pp.args, pp.keywords, pp.func is f)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 7))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
def deco(fn):
    @wraps(fn)
    def inner(*a):
        """inner doc"""
        return fn(*a)
    return inner
@deco
def hello(x):
    """hello doc"""
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello(4))
@lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def one(x): return x
print(one(1), one(1), one.cache_info())
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(2) >= V(3), V(3) > V(2), V(1) < V(1))
class C:
    @cached_property
    def val(self):
        print('computing')
        return 42
c = C(); print(c.val, c.val)
@singledispatch
def show(x): return 'obj'
@show.register(int)
def _(x): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([]), show('s'), show(True))
def g(a, b=0, *, c=1):
    return (a, b, c)
pp = partial(g, 1, c=5)
print(repr(pp).replace(hex(id(g)), 'ID')[:40], pp(b=2), pp(2, c=9), pp.keywords)
print(repr(partial(max, 1, key=abs)))
pa = partial(g, 1); pa.note = 'n'; print(pa.note, pa.__dict__)
class K:
    def __init__(self): self.n = 0
    @lru_cache(maxsize=None)
    def m(self, x):
        self.n += 1
        return x * 10
k = K(); print(k.m(1), k.m(1), k.n, K.m.cache_info().hits)
@lru_cache(maxsize=2, typed=True)
def tf(x): return type(x).__name__
print(tf(1), tf(1.0), tf(1), tf.cache_info(), tf.cache_parameters(), tf.__wrapped__.__name__, tf.__name__)
@lru_cache(maxsize=0)
def z(x): return x
print(z(1), z(1), z.cache_info())
@lru_cache(maxsize=3)
def kw(a, b=1): return a + b
print(kw(1, b=2), kw(1, b=2), kw(a=1, b=2), kw.cache_info())
for bad in [lambda: reduce(), lambda: reduce(len, 5), lambda: partial(), lambda: partial(3)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(reduce(lambda a, b: a + b, ['a', 'b', 'c']), reduce(max, [3, 9, 2], 10))
