try:
    from collections import namedtuple
except ImportError:
    print("SKIP")
    raise SystemExit
Cfg = namedtuple("Cfg", ["host", "port", "debug"], defaults=[80, False])
print(Cfg("h"), Cfg("h", 8080, True), Cfg._field_defaults)
class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x ** 2 + self.y ** 2
print(Vec(3, 4).norm2(), Vec(3, 4))
print(isinstance(Vec(1, 2), tuple), sorted([Vec(2, 1), Vec(1, 2)]))
