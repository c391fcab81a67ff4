import numbers
from numbers import Number, Complex, Real, Rational, Integral

for v in [1, True, 1.5, 2j, 'x', None, [1]]:
    print(repr(v), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])
print(issubclass(int, Real), issubclass(bool, Integral), issubclass(float, Rational), issubclass(complex, Real))
print(Integral.__mro__[1:] == (Rational, Real, Complex, Number, object))


class MyInt(numbers.Integral):
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v


try:
    MyInt(3)
except TypeError as e:
    print('abstract:', 'abstract' in str(e))


class Half(numbers.Rational):
    numerator = 1
    denominator = 2
    __abs__ = __add__ = __radd__ = __neg__ = __pos__ = __mul__ = __rmul__ = None
    __truediv__ = __rtruediv__ = __pow__ = __rpow__ = __eq__ = __trunc__ = None
    __floor__ = __ceil__ = __round__ = __floordiv__ = __rfloordiv__ = None
    __mod__ = __rmod__ = __lt__ = __le__ = None


h = Half()
print(float(h), isinstance(h, Real), h.imag)
