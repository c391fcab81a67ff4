# needs: dunder_name
try:
    1.0
except Exception:
    print("SKIP")
    raise SystemExit
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(0.0 == -0.0, str(-0.0), 1 / inf, -1 / inf)
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0), math.copysign(1, -0.0))
def check(fn):
    try:
        print(fn())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
check(lambda: int(inf))
check(lambda: int(nan))
check(lambda: 10.0 ** 400)
check(lambda: math.sqrt(-1))
