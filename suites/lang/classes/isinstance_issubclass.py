class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (C, A)))
print(issubclass(B, A), issubclass(B, B), issubclass(A, object))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(isinstance(3, (int, float)), isinstance("s", (list, tuple)))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
