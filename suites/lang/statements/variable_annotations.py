# needs: annotations
x: int = 5
y: list
print(x)
try:
    print(y)
except NameError as e:
    print("NameError:", e)
print(sorted(__annotations__))
class C:
    a: int = 1
    b: str
print(C.a, hasattr(C, "b"), sorted(C.__annotations__))
def f():
    z: int = 3
    w: str
    return z
print(f())
