# needs: float
print(repr([1, [2, [3, []]]]), repr(((),)), repr({1: {2: {}}}))
print([None, True, False], ("a", "b'c", 'd"e'))
print([1.5, -0.0, float("inf")])
print({"k": (1,), "e": [], "s": set(), "f": frozenset()})
print(repr(range(3)), [range(1, 2)], [b"x", bytearray(b"y")])
print([str, int, None.__class__])
class R:
    def __repr__(self):
        return "R!"
print([R()], {R(): R()}, (R(),), {"r": [R()]})
