from decimal import Decimal as D
import decimal

vals = ['1.10', '0', '-0', '1e3', '1E+2', '123.456', '-0.000001', '0.0000001', '1e-7', '  42  ', '1_000.5', '12345678901234567890123456789012',
        '-1.5e-10', 'Infinity', '-inf', 'NaN', '100', '0.00', '5E-6', '.5', '5.']
for v in vals:
    d = D(v)
    print(repr(d), str(d), d.as_tuple(), d.adjusted(), d.is_finite())
for v in [0, -7, 10 ** 30, 0.1, -2.5, 1e20, 3.0]:
    print(repr(D(v)))
a, b = D('1.10'), D('3')
print(a + b, a - b, a * b, a / b, b / a, a // b, a % b, divmod(D('7.5'), 2), D(-7) // 2, D(-7) % 2, a ** 2, b ** -1, -a, +a, abs(D('-3.30')))
print(D('1') / D('8'), D('10') / D('4'), D('100') / D('10'), D('1.00') / D('0.1'), D(2) / D(3) * 3, D('0.1') + D('0.2'), D('1e100') * D('1e100'))
print(a + 1, 1 + a, 2 * a, 10 - a, a == D('1.1'), a == 1.1, D('0.5') == 0.5, D(1) == 1, a < 2, a > b, D('2.0') == D('2'), D('-0') == 0)
print(hash(D('1.5')) == hash(1.5), hash(D(10)) == hash(10), hash(D('0.1')) == hash(D('0.10')), D('NaN') == D('NaN'))
print(D('3.14159').quantize(D('0.01')), D('2.675').quantize(D('0.01')), D('2.665').quantize(D('0.01'), rounding=decimal.ROUND_HALF_UP),
      D('-2.5').quantize(D('1'), rounding=decimal.ROUND_FLOOR), D('7').quantize(D('0.001')), D('1234.5').quantize(D('1e2')))
print(round(D('2.5')), round(D('3.5')), round(D('1.2345'), 2), int(D('-7.9')), float(D('0.1')), D('123.4500').normalize(), D('0.00').normalize(), D('1e3').normalize())
print(D(2).sqrt(), D(16).sqrt(), D('0.25').sqrt(), D(10).sqrt())
print(sum([D('0.1')] * 10), sorted([D(3), D('1.5'), D(-2)]), max(D(1), D('1.01')), D('1.5').to_integral_value(), D('2.5').to_integral())
print(decimal.getcontext().prec, decimal.getcontext().rounding)
with decimal.localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D('123456789') + 0)
print(D(1) / D(7))
decimal.getcontext().rounding = decimal.ROUND_DOWN
print(D(2) / D(3))
decimal.getcontext().rounding = decimal.ROUND_HALF_EVEN
print(f'{D("3.14159"):.2f}', D('1.5').as_integer_ratio(), bool(D(0)), bool(D('0.1')))
for bad in ['abc', '1.2.3', '']:
    try:
        D(bad)
    except decimal.InvalidOperation as e:
        print(type(e).__name__, e)
try:
    D(1) / 0
except decimal.DivisionByZero as e:
    print(type(e).__name__, e, isinstance(e, ZeroDivisionError))
try:
    D(0) / 0
except decimal.InvalidOperation as e:
    print(type(e).__name__, e)
try:
    D('1e30').quantize(D('0.1'))
except decimal.InvalidOperation as e:
    print(type(e).__name__, e)
try:
    D(1) + 1.5
except TypeError as e:
    print('TypeError')
