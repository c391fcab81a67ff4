try:
    from collections import namedtuple
except ImportError:
    print("SKIP")
    raise SystemExit
R = namedtuple("R", "a, b")
print(repr(R(1, "x")), str(R(a=[1], b=None)))
for bad in (["a", "a"], ["1x"], ["class"], ["_private"]):
    try:
        namedtuple("Bad", bad)
        print("accepted", bad)
    except ValueError as e:
        print("ValueError:", e)
print(namedtuple("Ren", ["a", "a", "def"], rename=True)._fields)
