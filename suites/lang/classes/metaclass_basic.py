# needs: dunder_name
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["added"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
class C(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(C.added, type(C).__name__, isinstance(C, Meta))
c = C(5)
print(c.v)
class D(C):
    pass
print(D.added, type(D).__name__)
T = type("T", (object,), {"x": 1, "m": lambda self: self.x + 1})
print(T.__name__, T().m())
