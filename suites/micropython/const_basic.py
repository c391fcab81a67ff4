try:
    from micropython import const
except ImportError:
    print("SKIP")
    raise SystemExit
X = const(10)
_Y = const(X * 2 + 1)
MASK = const(0x100 | 0x01)
print(X, _Y, MASK)
def f():
    return X + _Y
print(f())
print(const(7) * 2)
