# needs: match
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
            return "on y axis at {}".format(yy)
        case Point(xx, 0):
            return "on x axis at {}".format(xx)
        case Point():
            return "elsewhere"
        case _:
            return "not a point"
for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), 42):
    print(where(p))
