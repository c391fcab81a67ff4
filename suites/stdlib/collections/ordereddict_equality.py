try:
    from collections import OrderedDict
except ImportError:
    print("SKIP")
    raise SystemExit
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, dict(a) == dict(b), a == {"y": 2, "x": 1})
a["z"] = 0
del a["x"]
a["x"] = 9
print(list(a.items()), a)
