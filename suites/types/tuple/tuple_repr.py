print((1,), (1, 2), (), ((),), (("a",),), ("x", None, True))
print(repr((1,)), str((1, "a")), tuple([[1], {2: 3}]))
print(((1, 2), [3, (4,)]))
