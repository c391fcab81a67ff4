try:
    import math
except ImportError:
    print("SKIP")
    raise SystemExit
print(math.sin(0), math.cos(0), math.tan(0), math.atan(1) * 4)
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12))
print(math.atan2(1, 1), math.atan2(-1, -1), math.asin(1), math.acos(1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4))
print(math.sinh(0), math.cosh(0), math.tanh(0))
