# needs: matmul
class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return M(self.v * o.v)
    def __rmatmul__(self, o):
        return M(o * self.v)
    def __imatmul__(self, o):
        self.v += o.v
        return self
print((M(2) @ M(3)).v)
print((4 @ M(5)).v)
m = M(1)
m @= M(9)
print(m.v)
try:
    1 @ 2
except TypeError as e:
    print("TypeError:", e)
