# Metaclass protocol: __prepare__, keyword arguments, __new__/__init__/__call__ order.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, bases, kw)
        return {"injected": 5}

    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args):
        print("call", args)
        return super().__call__(*args)


class A(metaclass=Meta, flag=1):
    y = 2


print(A.injected, type(A).__name__, isinstance(A, Meta))
A()


class B(A):
    pass


print(type(B).__name__)


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {"order": []}


class O(metaclass=Ordered):
    order.append("first")
    order.append("second")


print(O.order)


class Bad(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42


try:
    class X(metaclass=Bad):
        pass
except TypeError as e:
    print(e)
print(type.__prepare__("N", ()))
