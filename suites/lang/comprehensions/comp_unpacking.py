# needs: unpack
pairs = [(1, "a"), (2, "b")]
print([n for n, _ in pairs], [s * n for n, s in pairs])
print([a + b + c for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
print([first for first, *rest in ["abc", "de"]])
print({k: v for k, v in zip("xy", [1, 2])})
print([[*t, 0] for t in pairs])
