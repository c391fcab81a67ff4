class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return "V({}, {})".format(self.x, self.y)
a, b = V(1, 2), V(3, 5)
print(a + b, b - a, a * 3, -a, abs(b))
try:
    3 * a
except TypeError as e:
    print("TypeError:", e)
