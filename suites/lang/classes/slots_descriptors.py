# __slots__ entries are member descriptors in the class dict.
class A:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


a = A()
print(list(vars(A)))
print(A.x, type(A.x).__name__, A.x.__name__, A.__slots__)
print(hasattr(a, "__dict__"), a.x)
try:
    a.y
except AttributeError as e:
    print(e)
try:
    a.z = 1
except AttributeError as e:
    print(e)
A.x.__set__(a, 10)
print(A.x.__get__(a, A), a.x)
del a.x
print(hasattr(a, "x"))
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(e)


class B(A):
    __slots__ = ("z",)


b = B()
b.z = 3
print(b.x, b.z, list(vars(B)))
