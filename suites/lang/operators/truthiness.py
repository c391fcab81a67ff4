vals = [0, 1, -1, "", "a", [], [0], (), (0,), {}, {0: 0}, None, True, False, set(), range(0), range(1)]
print([bool(v) for v in vals])
class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(Z()), bool(L()), bool(Plain()))
print("yes" if L() else "no")
