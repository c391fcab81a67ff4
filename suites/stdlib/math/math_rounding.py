# needs: dunder_name
try:
    import math
except ImportError:
    print("SKIP")
    raise SystemExit
for v in (2.5, -2.5, 2.4999, -0.5, 0.0, 7.0, 1e300):
    print(v, math.floor(v), math.ceil(v), math.trunc(v), round(v))
print(math.floor(5), math.ceil(-5), type(math.trunc(2.9)).__name__)
