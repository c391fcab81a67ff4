try:
    import operator
except ImportError:
    print("SKIP")
    raise SystemExit
ops = [("+", operator.add), ("-", operator.sub), ("*", operator.mul), ("/", operator.truediv),
       ("//", operator.floordiv), ("%", operator.mod), ("**", operator.pow), ("<<", operator.lshift),
       ("&", operator.and_), ("<", operator.lt)]
pairs = [(1, "a"), ([], 1), (None, None), ({}, {})]
for sym, fn in ops:
    for a, b in pairs:
        try:
            fn(a, b)
            print(sym, "ok")
        except TypeError as e:
            print(sym, e)
