# match statement: guards, fall-through, binding, scopes and control flow


def guards(v):
    match v:
        case [x, y] if x > y:
            return f"descending {x} {y}"
        case [x, y] if x < y:
            return f"ascending {x} {y}"
        case [x, y]:
            return f"equal {x} {y}"
        case x if isinstance(x, int) and x % 2:
            return "odd int"
        case x:
            return f"fallback {x!r}"


for v in [[3, 1], [1, 3], [2, 2], 5, 4, "s"]:
    print(guards(v))

# a guard that fails leaves the captured names bound
match [1, 2]:
    case [a, b] if a > b:
        print("no")
    case _:
        print("guard failed, a and b bound:", a, b)

# a pattern that fails binds nothing (CPython stores names only on success)
match [10, 20]:
    case [p, 30]:
        print("no")
    case _:
        print("p bound?", "p" in dir())

# the subject is evaluated once
calls = []


def subject():
    calls.append(1)
    return (1, 2)


match subject():
    case (3, _):
        pass
    case (1, 3):
        pass
    case (1, q):
        print("q =", q, "calls =", len(calls))


# control flow inside case bodies
def loop():
    out = []
    for i in range(8):
        match i:
            case 0:
                continue
            case 5:
                break
            case n if n % 2 == 0:
                out.append(("even", n))
            case n:
                out.append(("odd", n))
    return out


print(loop())


def early(v):
    for _ in range(3):
        match v:
            case {"return": r}:
                return r
            case _:
                pass
    return "end"


print(early({"return": 42}), early({}))


# match in a while loop with nested match
def tokens(src):
    i = 0
    out = []
    while i < len(src):
        match src[i]:
            case " ":
                pass
            case c if c.isdigit():
                match out:
                    case [*_, ("num", prev)]:
                        out[-1] = ("num", prev + c)
                    case _:
                        out.append(("num", c))
            case "+" | "-" as op:
                out.append(("op", op))
            case other:
                out.append(("?", other))
        i += 1
    return out


print(tokens("12 + 3-45 x"))


# closures over captured names, generators and class bodies
def make():
    match (1, 2):
        case (a, b):
            return lambda: a + b


print(make()())


def gen(items):
    for it in items:
        match it:
            case (k, v) if (yield k):
                yield ("sent", v)
            case _:
                yield ("item", it)


g = gen([(1, 2), 3])
print(next(g), g.send(True), next(g))


class K:
    match {"x": 1}:
        case {"x": xx}:
            attr = xx * 10


print(K.attr, K.xx)

# walrus in a guard
match 7:
    case n if (m := n * 2) > 10:
        print("walrus", n, m)

# global declared name captured in a function
G = None


def setg():
    global G
    match "value":
        case G:
            pass


setg()
print("G =", G)

# no case matches: nothing happens
match 3:
    case 1 | 2:
        print("no")
print("done")

# soft keywords still usable as names
match = [1, 2]
case = {"k": 3}
match match:
    case [case, *_]:
        print("match/case as names:", case)
print(match)

# annotations in a case body at module level
match 1:
    case 1:
        ann: int = 5
print(__annotations__, ann)
