class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point():
            return "elsewhere"
        case _:
            return "not a point"
for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), 42):
    print(where(p))
