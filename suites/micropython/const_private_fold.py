# private consts fold into later uses in functions, classes and comprehensions, and chain
try:
    from micropython import const
except ImportError:
    print("SKIP")
    raise SystemExit
_A = const(4)
_B = const(_A * 2 + 1)
C = const(_B << 1)
def f(x):
    return x + _A + _B
class K:
    v = _B
print(_A, _B, C, f(1), K.v, [_A for i in range(2)], '_A' in globals(), '_B' in globals(), 'C' in globals())
