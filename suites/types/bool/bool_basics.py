# needs: dunder_name
print(True, False, type(True).__name__, bool(), bool(1), bool(""))
print(True + True, True * 10, False - 1, True // 2, -True)
print(True & False, True | False, True ^ True, ~True, not True)
print(int(True), str(False), repr(True), True == 1, False == 0, True is True)
print(isinstance(True, int), issubclass(bool, int), [False, True][True])
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(sum([True, True, False]), sorted([True, False, 1, 0]))
