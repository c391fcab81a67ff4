# needs: dunder_name
try:
    from collections import namedtuple
except ImportError:
    print("SKIP")
    raise SystemExit
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), tuple(p), p == (1, 2))
print(Point(y=5, x=4), Point._fields, type(p).__name__)
x, y = p
print(x + y, p._replace(x=10), p._asdict())
P3 = namedtuple("P3", "a b c")
print(P3(1, 2, 3), P3._make([4, 5, 6]))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
