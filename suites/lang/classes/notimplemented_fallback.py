class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.__eq__")
        return NotImplemented
print(A() == B())
class X:
    def __add__(self, o):
        return NotImplemented
class Y:
    def __radd__(self, o):
        return "Y.__radd__"
print(X() + Y())
try:
    X() + X()
except TypeError as e:
    print("TypeError:", e)
