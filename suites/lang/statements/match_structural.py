# needs: match
def m(v):
    match v:
        case []:
            return "empty list"
        case [x]:
            return "one: {}".format(x)
        case [x, y]:
            return "two: {},{}".format(x, y)
        case [x, *rest]:
            return "many: {} + {}".format(x, rest)
        case {"type": "pt", "x": px}:
            return "point x={}".format(px)
        case {"k": _, **others}:
            return "k and {}".format(others)
        case str() as s:
            return "str " + s
        case (int(n) | float(n)) if n > 100:
            return "big number"
        case _:
            return "nomatch"
for v in ([], [1], (1, 2), [1, 2, 3], {"type": "pt", "x": 5}, {"k": 1, "z": 2}, "s", 500, 5):
    print(m(v))
