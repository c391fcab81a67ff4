# The types of functions and methods, built-in and Python-level.
try:
    import types
except ImportError:
    print("SKIP")
    raise SystemExit


class A:
    def f(self):
        pass

    @classmethod
    def c(cls):
        pass

    @staticmethod
    def s():
        pass


a = A()
for obj in [len, [].append, "".join, a.f, A.f, A.c, A.s, str.join, object.__init__,
            int.__add__, (1).__add__, a.__init__, a.__eq__, dict.fromkeys, lambda: 0]:
    print(type(obj).__name__)
print(repr(str.join), repr(object.__init__), repr(len))
print(repr(a.f).startswith("<bound method A.f of <__main__.A object at "))
print(repr([].append).startswith("<built-in method append of list object at "))
print(repr((1).__add__).startswith("<method-wrapper '__add__' of int object at "))
print([].append.__name__, [].append.__qualname__, [1].append.__self__)
l = [1]
print(l.append == l.append, l.append == [].append, a.f == a.f, a.f is a.f)
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(a.f, types.MethodType), isinstance(A.f, types.FunctionType))
m = types.MethodType(lambda self, x: (self is a, x), a)
print(m(5), m.__self__ is a)
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp), mp == {"k": 1})
try:
    mp["k"] = 2
except TypeError as e:
    print(e)
