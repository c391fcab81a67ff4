from fractions import Fraction as F
import fractions
import math
import numbers

vals = [F(1, 3), F(-6, 4), F(3), F('2/8'), F(' -1.25 '), F('1e-3'), F('3.5e2'), F(0.1), F(2.5), F(F(7, 3)),
        F(3, -9), F(0), F(7, 1), F('-.5'), F('12_3/4_5')]
for v in vals:
    print(repr(v), str(v), v.numerator, v.denominator, v.as_integer_ratio(), float(v), int(v), hash(v))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3, a ** 0.5, 2 ** F(1, 2), 4 ** F(2))
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2, 2 / a, a + 0.5, 0.5 + a, a * 1j, 7 // a, 7 % a, a % 0.1)
print(-a, +a, abs(F(-2, 5)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 1000), 2), round(F(1234), -2))
print(a < b, a > b, a == F(2, 6), a != b, a <= 0.34, a >= 0.33, F(1, 2) == 0.5, F(2) == 2, 2 == F(2), F(1, 2) < 1, 0 < F(1, 2), F(1) < float('inf'), F(1) == float('nan'))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)), hash(F(1, 3)), {F(1, 2): 'x'}[0.5])
print(F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(10), F(3, 7).limit_denominator(100), F('0.333').limit_denominator(5), F(1, 3).limit_denominator(1))
print(F.from_float(0.25), F.from_float(3), sorted([F(1, 2), F(1, 3), 0.4, 1]), sum([F(1, 2), F(1, 3), F(1, 6)]), max(F(1, 2), 0.6))
print(isinstance(F(1), numbers.Rational), isinstance(F(1), numbers.Number), isinstance(F(1), numbers.Integral), bool(F(0)), bool(F(1, 9)))
for bad in ['abc', '1/0', '1.2.3', '', '3/', 1 + 2j]:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
for args in [(1, 0), (1.5, 2)]:
    try:
        F(*args)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
try:
    F(1, 2) / 0
except ZeroDivisionError as e:
    print(e)
try:
    F(float('inf'))
except OverflowError as e:
    print(e)
try:
    F(float('nan'))
except ValueError as e:
    print(e)
print(F(10, 4) * F(2, 5) == 1, type(F(1, 2) * F(2)), F(1, 2) ** F(2, 1), fractions.Fraction.__name__)
big = [F(576460752303423488, 12009599006321323), F(10 ** 30 + 7, 3 ** 40), F(-(2 ** 200) - 1, 3 ** 100), F(1, 3 ** 200), F(2 ** 1100, 3 ** 10)]
for b in big[:4]:
    print(float(b))
