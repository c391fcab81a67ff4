# exp/ln/log10 correctly rounded at the context precision; __format__ like C decimal; compare/max/min/copy_sign/number_class/to_eng_string.
# needs: fstring
from decimal import Decimal as D, getcontext, localcontext, InvalidOperation
for x in ["1", "2", "0.5", "-1", "10", "100", "1e-5", "12.345", "-20", "0.001", "50"]:
    print(x, D(x).exp())
for x in ["2", "10", "0.5", "1.0000001", "12345.678", "1e-20", "0.999", "1e100", "7"]:
    print(x, D(x).ln(), D(x).log10())
print(D("100").log10(), D("0.001").log10(), D(1).ln(), D(0).ln(), D("1.000").log10())
with localcontext() as c:
    c.prec = 50
    print(D(1).exp(), D(2).ln(), D(3).log10())
with localcontext() as c:
    c.prec = 5
    print(D(1).exp(), D(2).ln(), D(3).log10(), D(2).sqrt())
for v in ["1234.5678", "-0.000123", "2.675", "0", "-0", "1E+5", "123456789", "0.5", "Infinity", "NaN", "-1.5"]:
    d = D(v)
    out = []
    for spec in ["", ".2f", ",.2f", ".3e", ".2E", ".3g", "10.1f", "<10", "^12.3f", "+.1f", "012.2f", ".0f", "%", ".1%", "e", "g", ".10g", ",", "_.1f", "z.1f", "#.0f", "n", ".2"]:
        try:
            out.append(format(d, spec))
        except Exception as e:
            out.append(type(e).__name__)
    print(v, out)
print(f"{D('3.14159'):.2f} {D('1000000'):,} {D('0.1') + D('0.2'):.5f}")
a, b = D("1.5"), D("-2.50")
print(a.compare(b), b.compare(a), a.compare(D("1.50")), a.copy_sign(b), a.max(b), a.min(b), b.max_mag(a), D("2.0").max(D("2")))
print(D(1).compare(D("NaN")), a.same_quantum(D("0.1")), a.same_quantum(b), a.number_class(), D(0).number_class(), D("-inf").number_class(), D("nan").number_class())
print(a.is_normal(), D(0).is_normal(), a.real, a.imag, a.conjugate(), D(7).radix(), D("1.2").scaleb(3), D(2).fma(3, 4), D(18).remainder_near(6), D(17).remainder_near(6), D(10).remainder_near(6))
print(D("123E+1").to_eng_string(), D("1E+7").to_eng_string(), D("0.0000001").to_eng_string(), D("0E+7").to_eng_string(), D("12.5").logb(), D("1E-10").to_eng_string())
print(D(1).compare_total(D("1.0")), D("-1").compare_total(D(1)), D("NaN").compare_total(D(1)))
try: D(-1).ln()
except InvalidOperation as e: print(type(e).__name__)
from decimal import Decimal as D
print(D(4) ** D('0.5'), D(2) ** D('0.5'), D(10) ** D('-1.5'), D('1.1') ** D('2.5'), D(8) ** (D(1)/3), D(2)**D('1.0'), D(2) ** 100, D('0.5')**-3)
