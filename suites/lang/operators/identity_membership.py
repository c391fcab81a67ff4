a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(1 in a, 3 in a, 3 not in a)
print("b" in "abc", "bc" in "abc", "" in "abc", "d" not in "abc")
print(2 in {1: 0, 2: 0}, 0 in {1: 0}, 1 in (1,), 5 in range(10))
print(None is None, True is True)
class C:
    def __contains__(self, x):
        return x == 42
print(42 in C(), 41 in C())
