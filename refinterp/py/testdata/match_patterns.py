# match statement: every pattern kind (PEP 634)
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Color:
    RED = "red"
    GREEN = "green"


def literal(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case -2 - 1j:
            return "neg complex"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case Color.RED:
            return "red value"
        case _:
            return "other"


for v in [0, 0.0, -1, 1.5, 2 + 3j, -2 - 1j, "hello", "hi", b"raw", None, True, False, 1, "red", "x", [], 10**30]:
    print(repr(v), literal(v))


def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [1, 2, *rest]:
            return f"1,2 then {rest}"
        case (a, b):
            return f"pair {a} {b}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case _:
            return "not a sequence"


for v in [[], (), [5], (5,), [1, 2], [1, 2, 3, 4], (7, 8), [3, 4, 5], range(3), range(10, 20),
          "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 42, iter([1]).__class__]:
    print(repr(v), seq(v))


def nested(v):
    match v:
        case [[x, y], [z, *w]]:
            return ("nested", x, y, z, w)
        case [(1 | 2) as small, *others] if others:
            return ("small", small, others)
        case [Point(x=0, y=yy), *_]:
            return ("point on y axis", yy)
    return "no"


print(nested([[1, 2], [3, 4, 5]]))
print(nested([[1, 2], [3]]))
print(nested([2, 9, 9]))
print(nested([2]))
print(nested([Point(0, 7), 1]))
print(nested([Point(1, 7), 1]))


def mapping(v):
    match v:
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": "rect", **rest}:
            return f"rect {sorted(rest.items())}"
        case {Color.GREEN: g}:
            return f"green {g}"
        case {1: _, 2: _}:
            return "one and two"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


for v in [{"type": "circle", "r": 3, "extra": 1}, {"type": "rect", "w": 1, "h": 2}, {"green": 5},
          {1: "a", 2: "b", 3: "c"}, {1: "a"}, {},
          dict(type="circle", r=9), [("type", "circle")], "type"]:
    print(mapping(v))



class D(dict):
    def __missing__(self, key):
        return "made up"


match D():
    case {"missing": _}:
        print("dict subclass: found")
    case _:
        print("dict subclass: not found (__missing__ is not used)")


def cls(v):
    match v:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y at {y}"
        case Point(x, 0):
            return f"on x at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case bool(b):
            return f"bool {b}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"str {s!r}"
        case list([a, b]):
            return f"list pair {a} {b}"
        case dict({"k": k}):
            return f"dict k={k}"
        case tuple((a, *b)):
            return f"tuple {a} {b}"
    return "unknown"


for v in [Point(0, 0), Point(0, 5), Point(4, 0), Point(3, 3), Point(1, 2), True, 7, 2.5, "s",
          [1, 2], [1, 2, 3], {"k": 1}, (1, 2, 3), None]:
    print(cls(v))


class MyInt(int):
    pass


match MyInt(5):
    case int(v):
        print("MyInt matches int(v):", v, type(v).__name__)


class NoArgs:
    def __init__(self):
        self.a = 1


match NoArgs():
    case NoArgs(a=1, b=2):
        print("bad")
    case NoArgs(a=1):
        print("missing attribute b fails, a=1 matches")


def as_patterns(v):
    match v:
        case [x, y] as pair:
            return ("pair", x, y, pair)
        case (1 | 2 | 3) as n:
            return ("small", n)
        case str(s) as whole:
            return ("str", s, whole)
    return None


print(as_patterns([1, 2]))
print(as_patterns(2))
print(as_patterns("abc"))
print(as_patterns(9))
