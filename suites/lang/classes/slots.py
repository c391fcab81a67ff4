class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z)
class R:
    __slots__ = ["v"]
r = R()
try:
    r.v
except AttributeError as e:
    print("AttributeError:", e)
