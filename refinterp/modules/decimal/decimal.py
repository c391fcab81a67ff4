# decimal for refinterp: a finite-precision decimal as (sign, coefficient,
# exponent) with the General Decimal Arithmetic rounding rules for the
# operations listed in the package documentation.
from fractions import Fraction as _Fraction

__all__ = ['Decimal', 'Context', 'DecimalException', 'InvalidOperation',
           'DivisionByZero', 'getcontext', 'setcontext', 'localcontext',
           'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
           'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP']

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'


class DecimalException(ArithmeticError):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class Rounded(DecimalException):
    pass


class Clamped(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded):
    pass


class Subnormal(DecimalException):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


def _signal(cls, cond=None):
    raise cls([cond or cls])


class Context:
    """Precision and rounding mode for decimal arithmetic."""

    def __init__(self, prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                 capitals=1, clamp=0, flags=None, traps=None):
        self.prec = prec
        self.rounding = rounding
        self.Emin = Emin
        self.Emax = Emax
        self.capitals = capitals
        self.clamp = clamp

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp)

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])"
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp))

    def create_decimal(self, num='0'):
        return Decimal(num)._fix(self)


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP)
ExtendedContext = Context(prec=9)
_current = [Context()]


def getcontext():
    return _current[0]


def setcontext(ctx):
    _current[0] = ctx


class _LocalContext:
    def __init__(self, ctx, kw):
        self.ctx = (ctx if ctx is not None else getcontext()).copy()
        for k, v in kw.items():
            setattr(self.ctx, k, v)

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.ctx)
        return self.ctx

    def __exit__(self, *a):
        setcontext(self.saved)


def localcontext(ctx=None, **kwargs):
    return _LocalContext(ctx, kwargs)


def _round_coef(sign, coef, drop, rounding):
    # Remove `drop` digits from coef, rounding as requested.
    if drop <= 0:
        return coef * 10 ** (-drop)
    p = 10 ** drop
    q, r = divmod(coef, p)
    if r == 0:
        return q
    half = p // 2 if p % 2 == 0 else None
    if rounding == ROUND_HALF_EVEN:
        up = r * 2 > p or (r * 2 == p and q % 2 == 1)
    elif rounding == ROUND_HALF_UP:
        up = r * 2 >= p
    elif rounding == ROUND_HALF_DOWN:
        up = r * 2 > p
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_05UP:
        up = q % 5 == 0
    else:
        raise ValueError('bad rounding %r' % (rounding,))
    return q + 1 if up else q


class Decimal:
    """Floating-point decimal number."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        self._special = ''
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
            return self
        if isinstance(value, float):
            return cls.from_float(value)
        if isinstance(value, str):
            return cls._parse(value)
        if isinstance(value, (tuple, list)):
            sign, digits, exp = value
            self._sign = sign
            self._int = int(''.join(str(d) for d in digits) or '0')
            if isinstance(exp, str):
                self._special = {'n': 'n', 'N': 'N', 'F': 'F'}[exp]
                self._exp = 0
            else:
                self._exp = exp
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def _parse(cls, value):
        s = value.strip().replace('_', '')
        self = object.__new__(cls)
        self._special = ''
        self._sign = 0
        t = s
        if t[:1] in ('+', '-') and t:
            if t[0] == '-':
                self._sign = 1
            t = t[1:]
        low = t.lower()
        if low in ('inf', 'infinity'):
            self._int, self._exp, self._special = 0, 0, 'F'
            return self
        if low.startswith('nan') or low.startswith('snan'):
            rest = low[4:] if low.startswith('snan') else low[3:]
            if rest == '' or rest.isdigit():
                self._int = int(rest) if rest else 0
                self._exp = 0
                self._special = 'N' if low.startswith('snan') else 'n'
                return self
        exp = 0
        if 'e' in low:
            i = low.index('e')
            t, e = t[:i], t[i + 1:]
            es = e[1:] if e[:1] in ('+', '-') and e else e
            if not es.isdigit() or not es.isascii():
                _signal(InvalidOperation, ConversionSyntax)
            exp = int(e)
        if '.' in t:
            ip, fp = t.split('.', 1)
        else:
            ip, fp = t, ''
        if (not ip and not fp) or (ip and not (ip.isdigit() and ip.isascii())) or \
                (fp and not (fp.isdigit() and fp.isascii())):
            _signal(InvalidOperation, ConversionSyntax)
        self._int = int(ip + fp)
        self._exp = exp - len(fp)
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        import math
        if math.isnan(f):
            return cls('NaN')
        if math.isinf(f):
            return cls('-Infinity' if f < 0 else 'Infinity')
        sign = 1 if math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        self = object.__new__(cls)
        self._special = ''
        self._sign = sign
        self._int = n * 5 ** k
        self._exp = -k
        return self

    @classmethod
    def _make(cls, sign, coef, exp):
        self = object.__new__(Decimal)
        self._special = ''
        self._sign = sign
        self._int = coef
        self._exp = exp
        return self

    def _fix(self, ctx):
        if self._special:
            return self
        digits = len(str(self._int))
        if digits <= ctx.prec:
            return self
        drop = digits - ctx.prec
        c = _round_coef(self._sign, self._int, drop, ctx.rounding)
        exp = self._exp + drop
        if len(str(c)) > ctx.prec:
            c //= 10
            exp += 1
        return Decimal._make(self._sign, c, exp)

    # ---- conversions
    def __str__(self):
        return self._tostr()

    def _tostr(self):
        sign = '-' if self._sign else ''
        if self._special:
            if self._special == 'F':
                return sign + 'Infinity'
            p = 'sNaN' if self._special == 'N' else 'NaN'
            return sign + p + (str(self._int) if self._int else '')
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            e = ''
        else:
            e = 'E%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + e

    def __repr__(self):
        return "Decimal('%s')" % self._tostr()

    def __format__(self, spec):
        if not spec:
            return str(self)
        if spec[-1:] in ('f', 'F') and '.' in spec:
            n = int(spec[spec.index('.') + 1:-1])
            q = self.quantize(Decimal((0, (1,), -n)))
            pre = spec[:spec.index('.')]
            return format(q._tostr(), '>' + pre if pre and pre.isdigit() else pre or '')
        return format(float(self), spec)

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._int))
        if self._special in ('n', 'N') and not self._int:
            digits = ()
        exp = {'F': 'F', 'n': 'n', 'N': 'N'}.get(self._special, self._exp) if self._special else self._exp
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special == 'F':
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        n = -self._int if self._sign else self._int
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        f = _Fraction(n, 10 ** -self._exp)
        return f.numerator, f.denominator

    def __int__(self):
        if self._special:
            if self._special == 'F':
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._special == 'n' or self._special == 'N':
            return float('nan')
        return float(self._tostr())

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __hash__(self):
        if self._special:
            if self._special == 'F':
                return -314159 if self._sign else 314159
            return object.__hash__(self)
        return hash(_Fraction(*self.as_integer_ratio()))

    # ---- predicates and small methods
    def is_nan(self):
        return self._special in ('n', 'N')

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + len(str(self._int)) - 1

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp) if not self._special else Decimal(self)

    def copy_negate(self):
        d = Decimal(self)
        d._sign = 1 - d._sign
        return d

    def normalize(self, context=None):
        ctx = context or getcontext()
        d = self._fix(ctx)
        if d._special:
            return d
        if d._int == 0:
            return Decimal._make(d._sign, 0, 0)
        c, e = d._int, d._exp
        while c % 10 == 0:
            c //= 10
            e += 1
        return Decimal._make(d._sign, c, e)

    def quantize(self, exp, rounding=None, context=None):
        ctx = context or getcontext()
        exp = _convert(exp, True)
        if self._special or exp._special:
            if self._special == 'F' and exp._special == 'F':
                return Decimal(self)
            _signal(InvalidOperation)
        rounding = rounding or ctx.rounding
        target = exp._exp
        c = _round_coef(self._sign, self._int, target - self._exp, rounding)
        if len(str(c)) > ctx.prec:
            _signal(InvalidOperation)
        return Decimal._make(self._sign, c, target)

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return Decimal(self)
        ctx = context or getcontext()
        return Decimal._make(self._sign, _round_coef(self._sign, self._int, -self._exp,
                                                     rounding or ctx.rounding), 0)

    to_integral = to_integral_value

    def sqrt(self, context=None):
        ctx = context or getcontext()
        if self._special or self._sign and self._int:
            _signal(InvalidOperation)
        if self._int == 0:
            return Decimal._make(self._sign, 0, self._exp // 2)
        import math
        prec = ctx.prec + 1
        # scale so that the integer root has prec digits
        e = self._exp
        c = self._int
        if e % 2:
            c *= 10
            e -= 1
        shift = max(0, prec - (len(str(c)) + 1) // 2)
        c *= 10 ** (2 * shift)
        e -= 2 * shift
        r = math.isqrt(c)
        exact = r * r == c
        ideal = self._exp // 2
        if exact:
            re = e // 2
            while re < ideal and r % 10 == 0:
                r //= 10
                re += 1
            return Decimal._make(0, r, re)._fix(ctx)
        if r % 5 == 0:
            r += 1
        return Decimal._make(0, r, e // 2)._fix(ctx)

    # ---- arithmetic
    def __neg__(self):
        d = Decimal(self)
        if not d._special and d._int == 0:
            d._sign = 0
        else:
            d._sign = 1 - d._sign
        return d._fix(getcontext())

    def __pos__(self):
        d = Decimal(self)
        if not d._special and d._int == 0:
            d._sign = 0
        return d._fix(getcontext())

    def __abs__(self):
        d = Decimal(self)
        d._sign = 0
        return d._fix(getcontext())

    def __add__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if self._special or other._special:
            return _special_arith(self, other, '+')
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - e) * (-1 if other._sign else 1)
        s = a + b
        if s == 0:
            sign = 1 if (self._sign and other._sign) or \
                (getcontext().rounding == ROUND_FLOOR and self._sign != other._sign) else 0
        else:
            sign = 1 if s < 0 else 0
        return Decimal._make(sign, abs(s), e)._fix(getcontext())

    __radd__ = __add__

    def __sub__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate())

    def __rsub__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self)

    def __mul__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if self._special or other._special:
            return _special_arith(self, other, '*')
        return Decimal._make(self._sign ^ other._sign, self._int * other._int,
                             self._exp + other._exp)._fix(getcontext())

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if self._special or other._special:
            return _special_arith(self, other, '/')
        sign = self._sign ^ other._sign
        if other._int == 0:
            if self._int == 0:
                _signal(InvalidOperation, DivisionUndefined)
            _signal(DivisionByZero)
        ctx = getcontext()
        ideal = self._exp - other._exp
        if self._int == 0:
            return Decimal._make(sign, 0, ideal)
        shift = len(str(other._int)) - len(str(self._int)) + ctx.prec + 1
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        exp = ideal - shift
        if r == 0:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        elif q % 5 == 0:
            q += 1
        return Decimal._make(sign, q, exp)._fix(ctx)

    def __rtruediv__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self)

    def _divmod(self, other):
        if other._int == 0:
            if self._int == 0:
                _signal(InvalidOperation, DivisionUndefined)
            _signal(DivisionByZero)
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e)
        b = other._int * 10 ** (other._exp - e)
        q, r = divmod(a, b)
        sign = self._sign ^ other._sign
        return (Decimal._make(sign, q, 0),
                Decimal._make(self._sign, r, e)._fix(getcontext()))

    def __floordiv__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divmod(other)[0]

    def __rfloordiv__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self)

    def __mod__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divmod(other)[1]

    def __rmod__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self)

    def __divmod__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divmod(other)

    def __pow__(self, other):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if other._exp < 0 and other._int % 10 ** -other._exp:
            return Decimal(repr(float(self) ** float(other)))._fix(getcontext())
        n = int(other)
        ctx = getcontext()
        if n >= 0:
            return Decimal._make(self._sign if n % 2 else 0, self._int ** n,
                                 self._exp * n)._fix(ctx)
        return Decimal(1) / Decimal._make(self._sign if n % 2 else 0, self._int ** -n, self._exp * -n)

    def __round__(self, n=None):
        if n is None:
            if self._special:
                raise ValueError("cannot round a NaN") if self._special != 'F' else \
                    OverflowError("cannot round an infinity")
            return int(self.to_integral_value(ROUND_HALF_EVEN))
        return self.quantize(Decimal._make(0, 1, -n))

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    # ---- comparisons
    def _cmp(self, other):
        if self._special or other._special:
            a = float(self) if self._special else 0.0
            b = float(other) if other._special else 0.0
            if self._special != 'F':
                a = 0.0
            if other._special != 'F':
                b = 0.0
            return (a > b) - (a < b)
        a = _Fraction(*self.as_integer_ratio())
        b = _Fraction(*other.as_integer_ratio())
        return (a > b) - (a < b)

    def _cmp_other(self, other):
        if isinstance(other, float):
            return Decimal.from_float(other)
        if isinstance(other, _Fraction):
            return None
        return _convert(other)

    def __eq__(self, other):
        if isinstance(other, _Fraction):
            return not self._special and _Fraction(*self.as_integer_ratio()) == other
        o = self._cmp_other(other)
        if o is NotImplemented:
            return o
        if self.is_nan() or o.is_nan():
            return False
        return self._cmp(o) == 0

    def __lt__(self, other):
        o = self._cmp_other(other)
        if o is NotImplemented or o is None:
            return NotImplemented
        if self.is_nan() or o.is_nan():
            _signal(InvalidOperation)
        return self._cmp(o) < 0

    def __le__(self, other):
        o = self._cmp_other(other)
        if o is NotImplemented or o is None:
            return NotImplemented
        if self.is_nan() or o.is_nan():
            _signal(InvalidOperation)
        return self._cmp(o) <= 0

    def __gt__(self, other):
        o = self._cmp_other(other)
        if o is NotImplemented or o is None:
            return NotImplemented
        if self.is_nan() or o.is_nan():
            _signal(InvalidOperation)
        return self._cmp(o) > 0

    def __ge__(self, other):
        o = self._cmp_other(other)
        if o is NotImplemented or o is None:
            return NotImplemented
        if self.is_nan() or o.is_nan():
            _signal(InvalidOperation)
        return self._cmp(o) >= 0

    def __reduce__(self):
        return (type(self), (str(self),))


def _special_arith(a, b, op):
    if a.is_nan() or b.is_nan():
        return Decimal('NaN')
    if op == '+':
        if a._special and b._special and a._sign != b._sign:
            _signal(InvalidOperation)
        return Decimal(a if a._special else b)
    if op == '*':
        if (a._special and b.is_zero()) or (b._special and a.is_zero()):
            _signal(InvalidOperation)
        return _inf(a._sign ^ b._sign)
    if op == '/':
        if a._special and b._special:
            _signal(InvalidOperation)
        if a._special:
            return _inf(a._sign ^ b._sign)
        return Decimal._make(a._sign ^ b._sign, 0, -1000000 + 1 + 27)
    _signal(InvalidOperation)


def _inf(sign):
    return Decimal('-Infinity' if sign else 'Infinity')


def _convert(other, raising=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raising:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent)."""

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % tuple(self)


def _mark_c_types():
    # CPython's decimal is _decimal (C): error messages say 'decimal.Decimal'
    from _refinterp import ctype
    for cls in (Decimal, Context):
        ctype(cls)


_mark_c_types()
del _mark_c_types
