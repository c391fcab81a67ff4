# dir() of objects and classes: object's dunders, sorted.
print(dir(object()))


class A:
    cls_attr = 1

    def method(self):
        pass


a = A()
a.inst = 2
print(dir(a))
print([n for n in dir(A) if not n.startswith("__")])
print("__dict__" in dir(A), "__weakref__" in dir(A), "__doc__" in dir(A))
print([n for n in dir(a) if not n.startswith("_")])


class WithDir:
    def __dir__(self):
        return ["z", "a", "m"]


print(dir(WithDir()))
print(dir(A) == sorted(dir(A)))
