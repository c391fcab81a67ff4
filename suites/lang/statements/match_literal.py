# needs: match
def m(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case _:
            return "other"
for v in (0, 2, "hello", None, True, 99, "x"):
    print(repr(v), m(v))
