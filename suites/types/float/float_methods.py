# needs: dunder_name
try:
    1.0
except Exception:
    print("SKIP")
    raise SystemExit
print((2.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (-0.75).as_integer_ratio())
print((1.5).hex(), float.fromhex("0x1.8p1"), (0.1).hex())
print((3.7).__int__(), (3.7).__trunc__(), (3.7).real, (3.7).imag, (3.7).conjugate())
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1234.5, -2))
print(int(1e10), int(-1.5), int(2.9999))
import math
print(math.floor(-1.5), math.ceil(-1.5), math.trunc(-1.5), type(math.floor(1.5)).__name__)
