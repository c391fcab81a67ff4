# needs: dunder_name
class C:
    count = 0
    def __init__(self):
        C.count += 1
    @classmethod
    def create(cls):
        return cls()
    @classmethod
    def name(cls):
        return cls.__name__
    @staticmethod
    def add(a, b):
        return a + b
class D(C):
    pass
print(C.add(1, 2), C().add(3, 4))
print(C.name(), D.name(), D().name())
print(type(D.create()).__name__, C.count)
print(type(C.__dict__["add"]).__name__, type(C.__dict__["name"]).__name__)
