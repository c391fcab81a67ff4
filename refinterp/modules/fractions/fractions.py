# fractions for refinterp: Fraction as a normalised pair of ints.
import math as _math
import numbers as _numbers

__all__ = ['Fraction']

_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159


def _parse(s):
    # [sign] digits [/ digits] | [sign] [digits] [. digits] [e [sign] digits]
    t = s.strip()
    sign = 1
    if t and t[0] in '+-':
        if t[0] == '-':
            sign = -1
        t = t[1:]
    if '/' in t:
        a, b = t.split('/', 1)
        if not _digits(a) or not _digits(b):
            raise ValueError
        return sign * int(a), int(b)
    exp = 0
    low = t.lower()
    if 'e' in low:
        i = low.index('e')
        t, e = t[:i], t[i + 1:]
        es = e[1:] if e and e[0] in '+-' else e
        if not _digits(es):
            raise ValueError
        exp = int(e)
    if '.' in t:
        ip, fp = t.split('.', 1)
        if ip == '' and fp == '':
            raise ValueError
        if (ip and not _digits(ip)) or (fp and not _digits(fp)):
            raise ValueError
        num = int((ip or '0').replace('_', '') + fp.replace('_', '') or '0')
        exp -= len(fp.replace('_', ''))
    else:
        if not _digits(t):
            raise ValueError
        num = int(t)
    den = 1
    if exp >= 0:
        num *= 10 ** exp
    else:
        den = 10 ** -exp
    return sign * num, den


def _digits(s):
    if not s or s[0] == '_' or s[-1] == '_' or '__' in s:
        return False
    for c in s:
        if not ('0' <= c <= '9' or c == '_'):
            return False
    return True


class Fraction(_numbers.Rational):
    """A rational number numerator/denominator in lowest terms."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, _numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                try:
                    numerator, denominator = _parse(numerator)
                except ValueError:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator) from None
                if denominator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
            elif hasattr(numerator, 'as_integer_ratio') and not isinstance(numerator, complex):
                numerator, denominator = numerator.as_integer_ratio()
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, _numbers.Rational) and isinstance(denominator, _numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, _numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, _numbers.Integral):
            return cls(int(dec))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction convergents p/q until q would pass
        # the bound, then pick the closer of the last convergent and the
        # best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # arithmetic: Fraction with int/Fraction stays exact, with float or
    # complex falls back to that type.
    def _coerce(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def __add__(a, b):
        f = a._coerce(b)
        if f is not None:
            return Fraction(a._numerator * f._denominator + f._numerator * a._denominator,
                            a._denominator * f._denominator)
        if isinstance(b, (float, complex)):
            return float(a) + b
        return NotImplemented

    def __radd__(b, a):
        f = b._coerce(a)
        if f is not None:
            return f + b
        if isinstance(a, (float, complex)):
            return a + float(b)
        return NotImplemented

    def __sub__(a, b):
        f = a._coerce(b)
        if f is not None:
            return Fraction(a._numerator * f._denominator - f._numerator * a._denominator,
                            a._denominator * f._denominator)
        if isinstance(b, (float, complex)):
            return float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        f = b._coerce(a)
        if f is not None:
            return f - b
        if isinstance(a, (float, complex)):
            return a - float(b)
        return NotImplemented

    def __mul__(a, b):
        f = a._coerce(b)
        if f is not None:
            return Fraction(a._numerator * f._numerator, a._denominator * f._denominator)
        if isinstance(b, (float, complex)):
            return float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        f = b._coerce(a)
        if f is not None:
            return f * b
        if isinstance(a, (float, complex)):
            return a * float(b)
        return NotImplemented

    def __truediv__(a, b):
        f = a._coerce(b)
        if f is not None:
            if f._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (a._numerator * f._denominator))
            return Fraction(a._numerator * f._denominator, a._denominator * f._numerator)
        if isinstance(b, (float, complex)):
            return float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        f = b._coerce(a)
        if f is not None:
            return f / b
        if isinstance(a, (float, complex)):
            return a / float(b)
        return NotImplemented

    def __floordiv__(a, b):
        f = a._coerce(b)
        if f is not None:
            return (a._numerator * f._denominator) // (a._denominator * f._numerator)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        f = b._coerce(a)
        if f is not None:
            return f // b
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __divmod__(a, b):
        f = a._coerce(b)
        if f is not None:
            da, db = a._denominator, f._denominator
            q, r = divmod(a._numerator * db, da * f._numerator)
            return q, Fraction(r, da * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        f = b._coerce(a)
        if f is not None:
            return divmod(f, b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __mod__(a, b):
        f = a._coerce(b)
        if f is not None:
            da, db = a._denominator, f._denominator
            return Fraction((a._numerator * db) % (f._numerator * da), da * db)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        f = b._coerce(a)
        if f is not None:
            return f % b
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __pow__(a, b):
        if isinstance(b, _numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                if a._numerator > 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power))
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, _numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __float__(a):
        return _div_to_float(a._numerator, a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self._denominator
            q, r = divmod(self._numerator, d)
            if r * 2 < d:
                return q
            if r * 2 > d:
                return q + 1
            return q if q % 2 == 0 else q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        r = h if self._numerator >= 0 else -h
        return -2 if r == -1 else r

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, _numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, _numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        return a._richcmp(b, _gt)

    def __le__(a, b):
        return a._richcmp(b, _le)

    def __ge__(a, b):
        return a._richcmp(b, _ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _div_to_float(n, d):
    # n / d correctly rounded. The core's int true division is not
    # correctly rounded for large operands, so scale the quotient to at
    # least 55 bits, keep a sticky bit for the remainder, and let the exact
    # int-to-float conversion and ldexp do the rounding.
    if -(1 << 53) <= n <= (1 << 53) and d <= (1 << 53):
        return n / d
    neg = n < 0
    if neg:
        n = -n
    shift = n.bit_length() - d.bit_length() - 55
    if shift >= 0:
        q, r = divmod(n, d << shift)
    else:
        q, r = divmod(n << -shift, d)
    if r:
        q |= 1
    x = _math.ldexp(float(q), shift)
    return -x if neg else x


def _lt(a, b):
    return a < b


def _gt(a, b):
    return a > b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b
