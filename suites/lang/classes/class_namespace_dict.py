# What a class statement leaves in the class __dict__ (vars), and class names.
class A:
    x = 1

    def f(self):
        pass


print(list(vars(A)))
print(type(A.__dict__).__name__, "__qualname__" in A.__dict__)


class B:
    """documented"""


print(list(vars(B)), B.__doc__)


class C(A):
    pass


print(list(vars(C)))


class E(Exception):
    pass


print(list(vars(E)))


class L(list):
    pass


print(list(vars(L)))


class Outer:
    class Inner:
        def m(self):
            pass


print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner.__name__)
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__, A)
A.__qualname__ = "Q"
print(A.__qualname__, A)
try:
    A.__name__ = 5
except TypeError as e:
    print(e)
try:
    int.__name__ = "x"
except TypeError as e:
    print(e)
a = A()
a.y = 2
print(a.__dict__, vars(a), A.__dict__["__dict__"].__get__(a) is a.__dict__)
print(hasattr(object(), "__dict__"), hasattr(a, "__weakref__"), a.__weakref__)
