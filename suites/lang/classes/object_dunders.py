# needs: dunder_name
class C:
    def __init__(self):
        self.a = 1
        self.b = 2
c = C()
print(c.__dict__, c.__class__.__name__, C.__name__)
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
print("__init__" in C.__dict__, "a" in dir(c), "__init__" in dir(c))
print(c.__module__ if hasattr(c, "__module__") else "no module")
print(type(c) is C, type(C) is type, type(type) is type)
print(object.__name__, type(object()).__name__)
