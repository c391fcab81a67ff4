import types
import sys

ns = types.SimpleNamespace(a=1, b='x')
print(ns)
print(repr(ns), ns.a, ns.b)
ns.c = [1, 2]
print(ns)
del ns.a
print(ns)
try:
    types.SimpleNamespace({'q': 1}, r=2)
except TypeError as e:
    print(e)
print(types.SimpleNamespace() == types.SimpleNamespace())
print(types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1), types.SimpleNamespace(x=1) == types.SimpleNamespace(x=2))
print(types.SimpleNamespace(x=1) != types.SimpleNamespace(x=1))
print(vars(types.SimpleNamespace(z=3)))
r = types.SimpleNamespace()
r.me = r
print(r)
try:
    hash(ns)
except TypeError as e:
    print(e)


def f():
    pass


def g():
    yield 1


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(g(), types.GeneratorType), isinstance(f, types.GeneratorType))
print(isinstance(sys, types.ModuleType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(f, types.BuiltinFunctionType))
print(type(None) is types.NoneType)
print(types.FunctionType is types.LambdaType)
m = types.ModuleType('mymod')
m.x = 5
print(m.__name__, m.x)
mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp['a'], len(mp), sorted(mp), 'a' in mp, mp.get('z', 0))
try:
    mp['c'] = 3
except TypeError as e:
    print(e)
D = types.new_class('D', (C,), exec_body=lambda ns: ns.update({'k': 7}))
print(D.__name__, D.k, issubclass(D, C))
print(types.SimpleNamespace.__name__)


class NS(types.SimpleNamespace):
    pass


print(NS(a=1))
print(mp, repr(mp), list(mp.items()), mp == {'a': 1, 'b': 2})
try:
    del mp['a']
except TypeError as e:
    print(e)


def show(self, y):
    return (self, y)


bm = types.MethodType(show, 10)
print(bm(5), isinstance(bm, types.MethodType), isinstance(show, types.MethodType))
c = C()
c.extra = types.MethodType(lambda self: self is c, c)
print(c.extra())
try:
    types.MethodType(1, 2)
except TypeError as e:
    print(e)
