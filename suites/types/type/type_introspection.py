# needs: dunder_name
print(type(1).__name__, type(int).__name__, type(type).__name__)
print(int.__name__, list.__qualname__, type(1) is int, type(True) is bool)
T = type("T", (), {"v": 3})
print(T.__name__, T.v, T().v, type(T()) is T, T.__bases__)
S = type("S", (T,), {})
print(S.v, issubclass(S, T), [c.__name__ for c in S.__mro__])
try:
    type("X", 5, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
