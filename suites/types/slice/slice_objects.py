s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(6), slice(None).indices(3), slice(-2, None).indices(5), slice(None, None, -1).indices(4))
print("abcdefghij"[s], list(range(10))[slice(-3, None)])
class Grab:
    def __getitem__(self, k):
        return k
g = Grab()
print(g[1:2], g[::3], g[1:2, 3], g[...], g[:, None])
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
