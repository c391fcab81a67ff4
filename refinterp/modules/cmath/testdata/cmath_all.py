import cmath, math

def r(z):
    return z

def r_rounded(z):
    if isinstance(z, complex):
        return complex(round(z.real, 10) + 0.0, round(z.imag, 10) + 0.0)
    if isinstance(z, tuple):
        return tuple(r(x) for x in z)
    if isinstance(z, float):
        return round(z, 10)
    return z

def check(f, *a, **k):
    try:
        print(repr(r(f(*a, **k))))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]:
    f = getattr(cmath, name)
    for z in [1, -1, 2j, 1 + 1j, -3 - 4j, 0.5, 0]:
        print(name, z, end=" ")
        check(f, z)
check(cmath.sqrt, -4)
check(cmath.exp, 1000)
check(cmath.log, 8, 2)
check(cmath.log, 0)
check(cmath.phase, -1)
check(cmath.phase, 1j)
check(cmath.polar, 3 + 4j)
check(cmath.rect, 2, math.pi / 2)
check(cmath.rect, 1, 0)
check(cmath.isclose, 1 + 1j, 1 + 1.0000000001j)
check(cmath.isclose, 1j, 2j)
check(cmath.isfinite, 1 + 1j)
check(cmath.isinf, complex(math.inf, 0))
check(cmath.isnan, complex(0, math.nan))
check(cmath.sqrt, "x")
check(cmath.sqrt, 1, 2)
check(cmath.atan, -2j)
check(cmath.atan, complex(-0.0, 2))
