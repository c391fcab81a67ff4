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

    def __format__(self, specifier, context=None):
        spec = _parse_format_spec(specifier)
        if context is None:
            context = getcontext()
        if self._special:
            sign = _format_sign(self._sign, spec)
            body = str(self.copy_abs())
            if spec['zeropad_fill']:
                # infinities and NaNs are padded with spaces
                spec['fill'], spec['align'] = ' ', '>'
            if spec['type'] == '%':
                body += '%'
            return _format_align(sign, body, spec)
        if spec['type'] is None:
            spec['type'] = ['g', 'G'][context.capitals]
        self_ = self
        if spec['type'] == '%':
            self_ = Decimal._make(self._sign, self._int, self._exp + 2)
        rounding = context.rounding
        precision = spec['precision']
        if precision is not None:
            if spec['type'] in 'eE':
                self_ = self_._round_sig(precision + 1, rounding)
            elif spec['type'] in 'fF%':
                self_ = self_._rescale(-precision, rounding)
            elif spec['type'] in 'gG' and len(str(self_._int)) > precision:
                self_ = self_._round_sig(precision, rounding)
        if not self_._int and self_._exp > 0 and spec['type'] in 'fF%':
            self_ = self_._rescale(0, rounding)
        if not self_._int and spec['no_neg_0'] and self_._sign:
            adjusted_sign = 0
        else:
            adjusted_sign = self_._sign
        digits = str(self_._int)
        leftdigits = self_._exp + len(digits)
        if spec['type'] in 'eE':
            if not self_._int and precision is not None:
                dotplace = 1 - precision
            else:
                dotplace = 1
        elif spec['type'] in 'fF%':
            dotplace = leftdigits
        else:
            if self_._exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1
        if dotplace < 0:
            intpart = '0'
            fracpart = '0' * (-dotplace) + digits
        elif dotplace > len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace] or '0'
            fracpart = digits[dotplace:]
        exp = leftdigits - dotplace
        return _format_number(adjusted_sign, intpart, fracpart, exp, spec)

    def _rescale(self, exp, rounding):
        # the same value with exponent exp (rounding or padding the coefficient)
        if self._special:
            return Decimal(self)
        if not self._int:
            return Decimal._make(self._sign, 0, exp)
        return Decimal._make(self._sign, _round_coef(self._sign, self._int, exp - self._exp, rounding), exp)

    def _round_sig(self, places, rounding):
        # round a finite nonzero value to `places` significant digits
        if self._special or not self._int:
            return Decimal(self)
        ans = self._rescale(self.adjusted() + 1 - places, rounding)
        if ans.adjusted() != self.adjusted():
            ans = ans._rescale(ans.adjusted() + 1 - places, rounding)
        return ans

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
            return self._pow_fractional(other)
        n = int(other)
        ctx = getcontext()
        if n >= 0:
            return Decimal._make(self._sign if n % 2 else 0, self._int ** n,
                                 self._exp * n)._fix(ctx)
        return Decimal(1) / Decimal._make(self._sign if n % 2 else 0, self._int ** -n, self._exp * -n)

    def _pow_fractional(self, other):
        # x ** y = exp(y ln x) for a non-integral y, with guard digits
        ctx = getcontext()
        if self._special or other._special:
            return Decimal(repr(float(self) ** float(other)))
        if self._sign and self._int:
            _signal(InvalidOperation)
        if not self._int:
            if other._sign:
                _signal(DivisionByZero)
            return Decimal(0)
        work = ctx.copy()
        work.prec = ctx.prec + 12
        with localcontext(work):
            r = (self.ln() * other).exp()
        d = Decimal._make(0, r._int, r._exp)
        if d._int % 10 == 0:
            d = Decimal._make(0, d._int + 1, d._exp)
        c = ctx.copy()
        c.rounding = ROUND_HALF_EVEN
        return d._fix(c)

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


    # ---- transcendental functions (correctly rounded, ROUND_HALF_EVEN)
    def exp(self, context=None):
        ctx = context or getcontext()
        if self._special:
            if self.is_nan():
                return Decimal(self)
            return Decimal(0) if self._sign else Decimal('Infinity')
        if not self._int:
            return Decimal(1)
        x = _Fraction(*self.as_integer_ratio())
        mag = max(0, self.adjusted() + 1)
        guard = 12 + 4 * mag
        w = ctx.prec + guard + int(abs(x) * 0.4343) + 2
        v = _exp_fixed(x, w)
        return _from_fixed(0, v, w, ctx)

    def ln(self, context=None):
        ctx = context or getcontext()
        if self._special:
            if self.is_nan():
                return Decimal(self)
            if self._sign:
                _signal(InvalidOperation)
            return Decimal(self)
        if not self._int:
            return Decimal('-Infinity')
        if self._sign:
            _signal(InvalidOperation)
        if self._int == 1 and self._exp == 0 or self == 1:
            return Decimal(0)
        w = ctx.prec + 12 + _leading_zeros_of_log(self)
        v = _ln_fixed(self, w)
        return _from_fixed(1 if v < 0 else 0, abs(v), w, ctx)

    def log10(self, context=None):
        ctx = context or getcontext()
        if self._special:
            if self.is_nan():
                return Decimal(self)
            if self._sign:
                _signal(InvalidOperation)
            return Decimal(self)
        if not self._int:
            return Decimal('-Infinity')
        if self._sign:
            _signal(InvalidOperation)
        c = self._int
        if c == 10 ** (len(str(c)) - 1):
            # an exact power of ten has an exact logarithm
            return Decimal(self.adjusted())
        w = ctx.prec + 12 + _leading_zeros_of_log(self)
        ln10 = _ln10_fixed(w)
        v = _ln_fixed(self, w) * 10 ** w // ln10
        return _from_fixed(1 if v < 0 else 0, abs(v), w, ctx)

    def logb(self, context=None):
        if self._special:
            if self.is_nan():
                return Decimal(self)
            return Decimal('Infinity')
        if not self._int:
            _signal(DivisionByZero)
        return Decimal(self.adjusted())

    # ---- comparisons and selections returning Decimals
    def compare(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            if self._special == 'N' or other._special == 'N':
                _signal(InvalidOperation)
            return Decimal('NaN')
        return Decimal(self._cmp(other))

    def compare_signal(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            _signal(InvalidOperation)
        return Decimal(self._cmp(other))

    def _total_key(self):
        # the total order of compare_total: -NaN < -sNaN < -Inf < ... < Inf < sNaN < NaN
        rank = {'': 1, 'F': 2, 'N': 3, 'n': 4}[self._special]
        if self._special in ('n', 'N'):
            k = (rank, self._int)
        elif self._special == 'F':
            k = (rank, 0)
        else:
            k = (rank, _Fraction(*self.copy_abs().as_integer_ratio()), self._exp)
        return k

    def compare_total(self, other, context=None):
        other = _convert(other, True)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        a, b = self._total_key(), other._total_key()
        r = (a > b) - (a < b)
        return Decimal(-r if self._sign else r)

    def compare_total_mag(self, other, context=None):
        other = _convert(other, True)
        return self.copy_abs().compare_total(other.copy_abs())

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        d = Decimal(self)
        d._sign = other._sign
        return d

    def _minmax(self, other, context, pick_max, key):
        other = _convert(other, True)
        ctx = context or getcontext()
        if self.is_nan() or other.is_nan():
            if self._special == 'N' or other._special == 'N':
                _signal(InvalidOperation)
            if self.is_nan() and other.is_nan():
                return Decimal(self)
            return (other if self.is_nan() else self)._fix(ctx)
        c = key(self)._cmp(key(other))
        if c == 0:
            # equal values: the sign, then the exponent decide (IEEE 754 totalOrder)
            c = self.compare_total(other)._int * (-1 if self.compare_total(other)._sign else 1)
        if pick_max:
            ans = self if c >= 0 else other
        else:
            ans = self if c <= 0 else other
        return ans._fix(ctx)

    def max(self, other, context=None):
        return self._minmax(other, context, True, lambda d: d)

    def min(self, other, context=None):
        return self._minmax(other, context, False, lambda d: d)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, lambda d: d.copy_abs())

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, lambda d: d.copy_abs())

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    # ---- small queries
    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        ctx = context or getcontext()
        return not self._special and self._int != 0 and self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = context or getcontext()
        return not self._special and self._int != 0 and self.adjusted() < ctx.Emin

    def number_class(self, context=None):
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._special == 'F':
            return sign + 'Infinity'
        if not self._int:
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    def radix(self):
        return Decimal(10)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def scaleb(self, other, context=None):
        other = _convert(other, True)
        if self._special:
            return Decimal(self)
        return Decimal._make(self._sign, self._int, self._exp + int(other))._fix(context or getcontext())

    def fma(self, other, third, context=None):
        other = _convert(other, True)
        third = _convert(third, True)
        if self._special or other._special or third._special:
            return self * other + third
        product = Decimal._make(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        ctx = (context or getcontext()).copy()
        big = ctx.copy()
        big.prec = 10 ** 9
        with localcontext(big):
            exact = product + third
        return exact._fix(ctx)

    def remainder_near(self, other, context=None):
        other = _convert(other, True)
        if self._special or other._special or not other._int:
            _signal(InvalidOperation)
        a = _Fraction(*self.as_integer_ratio())
        b = _Fraction(*other.as_integer_ratio())
        q = a / b
        n = round(q)
        r = a - n * b
        exp = min(self._exp, other._exp)
        coef = abs(r) * 10 ** -exp
        return Decimal._make(1 if r < 0 or (r == 0 and self._sign) else 0, int(coef), exp)

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def to_eng_string(self, context=None):
        if self._special:
            return str(self)
        sign = '-' if self._sign else ''
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            return str(self)
        if not self._int:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
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


# ---- fixed-point helpers for exp/ln/log10: a value v stands for v / 10**w

def _exp_fixed(x, w):
    # e**x for a Fraction x, to w fractional digits (plus a few lost to rounding)
    one = 10 ** w
    s = 0
    while abs(x) > _Fraction(1, 16):
        x /= 2
        s += 1
    w2 = w + s + 5
    one2 = 10 ** w2
    neg = x < 0
    xa = -x if neg else x
    xf = xa.numerator * one2 // xa.denominator
    total = one2
    term = one2
    k = 1
    while term:
        term = term * xf // (k * one2)
        total += -term if neg and k % 2 else term
        k += 1
    for _ in range(s):
        total = total * total // one2
    return total // 10 ** (w2 - w)


def _atanh_inv_fixed(n, one):
    # atanh(1/n) * one by its series 1/n + 1/(3 n**3) + ...
    total = 0
    power = one // n
    n2 = n * n
    k = 1
    while power:
        total += power // k
        power //= n2
        k += 2
    return total


def _ln2_fixed(w):
    one = 10 ** (w + 5)
    return (2 * _atanh_inv_fixed(3, one)) // 10 ** 5


def _ln10_fixed(w):
    # ln 10 = 3 ln 2 + ln(5/4) = 3 ln2 + 2 atanh(1/9)
    one = 10 ** (w + 5)
    ln2 = 2 * _atanh_inv_fixed(3, one)
    return (3 * ln2 + 2 * _atanh_inv_fixed(9, one)) // 10 ** 5


def _ln_fixed(d, w):
    # ln of a positive finite Decimal d, to w fractional digits
    g = w + 10 + len(str(d._int))
    one = 10 ** g
    # d = m * 10**e10 with 1 <= m < 10
    e10 = d.adjusted()
    coef = d._int
    nd = len(str(coef))
    m = _Fraction(coef, 10 ** (nd - 1))
    # m = 2**k * r with r in [0.75, 1.5)
    k = 0
    while m >= _Fraction(3, 2):
        m /= 2
        k += 1
    # ln r = 2 atanh((r-1)/(r+1))
    z = (m - 1) / (m + 1)
    zneg = z < 0
    if zneg:
        z = -z  # atanh is odd
    zf = z.numerator * one // z.denominator
    z2 = zf * zf // one
    total = 0
    power = zf
    j = 1
    while power:
        total += power // j
        power = power * z2 // one
        j += 2
    lnm = -2 * total if zneg else 2 * total
    ln2 = 2 * _atanh_inv_fixed(3, one)
    ln10 = 3 * ln2 + 2 * _atanh_inv_fixed(9, one)
    v = lnm + k * ln2 + e10 * ln10
    return v // 10 ** (g - w) if v >= 0 else -((-v) // 10 ** (g - w))


def _leading_zeros_of_log(d):
    # extra digits needed when ln(d) is close to zero (d close to 1)
    diff = abs(_Fraction(*d.as_integer_ratio()) - 1)
    if diff == 0:
        return 0
    zeros = 0
    while diff < _Fraction(1, 10):
        diff *= 10
        zeros += 1
    return zeros + 2


def _from_fixed(sign, v, w, ctx):
    # round v / 10**w to ctx.prec digits, half-even; an inexact result is
    # never exactly halfway, so the guard digits settle it
    c = ctx.copy()
    c.rounding = ROUND_HALF_EVEN
    if v % 10 == 0:
        v += 1  # sticky digit: the true value is not this short
    d = Decimal._make(sign, v, -w)._fix(c)
    return d


_FORMAT_TYPES = 'eEfFgGn%'


def _parse_format_spec(spec):
    i = 0
    n = len(spec)
    fill, align = None, None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if i < n and spec[i] == 'z':
        no_neg_0 = True
        i += 1
    alt = False  # C decimal (libmpdec) rejects '#' and '_'
    zeropad = False
    if i < n and spec[i] == '0':
        zeropad = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    sep = ''
    if i < n and spec[i] == ',':
        sep = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        j = i + 1
        i = j
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        precision = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
    if i != n or (typ is not None and typ not in _FORMAT_TYPES):
        raise ValueError('invalid format string')
    zeropad_fill = False
    if zeropad:
        if fill is None:
            fill = '0'
            zeropad_fill = True
        if align is None:
            align = '='
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    if typ == 'n':
        typ = 'g'
    if precision == 0 and typ in ('g', 'G'):
        precision = 1
    return {'fill': fill, 'align': align, 'sign': sign, 'no_neg_0': no_neg_0,
            'alt': alt, 'zeropad': zeropad, 'zeropad_fill': zeropad_fill, 'minimumwidth': width,
            'thousands_sep': sep, 'precision': precision, 'type': typ}


def _format_sign(is_negative, spec):
    if is_negative:
        return '-'
    if spec['sign'] in ' +':
        return spec['sign']
    return ''


def _format_align(sign, body, spec):
    padding = spec['fill'] * (spec['minimumwidth'] - len(sign) - len(body))
    align = spec['align']
    if align == '<':
        return sign + body + padding
    if align == '>':
        return padding + sign + body
    if align == '=':
        return sign + padding + body
    half = len(padding) // 2
    return padding[:half] + sign + body + padding[half:]


def _insert_thousands_sep(digits, spec, min_width=1):
    sep = spec['thousands_sep']
    if not sep:
        width = max(len(digits), min_width, 1)
        return '0' * (width - len(digits)) + digits
    groups = []
    while True:
        l = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (l - len(digits)) + digits[-l:])
        digits = digits[:-l]
        min_width -= l
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _format_number(is_negative, intpart, fracpart, exp, spec):
    sign = _format_sign(is_negative, spec)
    if fracpart or spec['alt']:
        fracpart = '.' + fracpart
    if exp != 0 or spec['type'] in 'eE':
        echar = {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[spec['type']]
        fracpart += '%s%+d' % (echar, exp)
    if spec['type'] == '%':
        fracpart += '%'
    if spec['zeropad']:
        min_width = spec['minimumwidth'] - len(fracpart) - len(sign)
    else:
        min_width = 0
    intpart = _insert_thousands_sep(intpart, spec, min_width)
    return _format_align(sign, intpart + fracpart, spec)


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
