# datetime for refinterp. Every value is kept as exact integers
# (proleptic Gregorian ordinals and microseconds) so arithmetic matches
# CPython; the reprs and messages follow CPython 3.11.
import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DIM = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DBM = [0, 0]
for _m in range(1, 12):
    _DBM.append(_DBM[-1] + _DIM[_m])
del _m

_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
           'Oct', 'Nov', 'Dec']
_FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
                'August', 'September', 'October', 'November', 'December']
_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULL_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
              'Saturday', 'Sunday']


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DIM[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(y, m):
    return _DBM[m] + (1 if m > 2 and _is_leap(y) else 0)


def _ymd2ord(y, m, d):
    return _days_before_year(y) + _days_before_month(y, m) + d


def _ord2ymd(n):
    # Count 400-, 100-, 4- and 1-year cycles from 0001-01-01.
    n -= 1
    n400, n = divmod(n, 146097)
    y = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    y += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return y - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    m = (n + 50) >> 5
    before = _DBM[m] + (1 if m > 2 and leap else 0)
    if before > n:
        m -= 1
        before -= _DIM[m] + (1 if m == 2 and leap else 0)
    return y, m, n - before + 1


def _index(v, name=None):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


def _check_date(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _cls_name(obj):
    # CPython's C types print as datetime.X, subclasses by bare name.
    t = type(obj)
    if t.__module__ == 'datetime':
        return 'datetime.' + t.__name__
    return t.__name__


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


# ---------------------------------------------------------------- timedelta

class timedelta:
    """Difference between two datetime values."""

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        us = 0
        fsum = 0.0
        isfloat = False
        for v, scale in ((days, 86400000000), (seconds, 1000000), (microseconds, 1),
                         (milliseconds, 1000), (minutes, 60000000), (hours, 3600000000),
                         (weeks, 604800000000)):
            if isinstance(v, int):
                us += v * scale
            elif isinstance(v, float):
                isfloat = True
                ip = int(v)
                us += ip * scale
                fsum += (v - ip) * scale
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (
                    {86400000000: 'days', 1000000: 'seconds', 1: 'microseconds', 1000: 'milliseconds',
                     60000000: 'minutes', 3600000000: 'hours', 604800000000: 'weeks'}[scale],
                    type(v).__name__))
        if isfloat:
            # Round the whole value half to even, as CPython does.
            fl = int(fsum // 1)
            rem = fsum - fl
            us += fl
            if rem > 0.5 or (rem == 0.5 and us % 2 == 1):
                us += 1
        return cls._from_us(us)

    @classmethod
    def _from_us(cls, us):
        self = object.__new__(cls)
        s, u = divmod(us, 1000000)
        d, s = divmod(s, 86400)
        if not -999999999 <= d <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._microseconds = u
        self._hash = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_cls_name(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_round(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta._from_us(_divide_round(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_round(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _divide_round(a, b):
    # a / b rounded half to even, exactly.
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q % 2 == 1):
            q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- strftime

def _wrap_strftime(obj, fmt, tt):
    # tt: (year, month, day, hour, minute, second, weekday, yday)
    y, mo, d, h, mi, s, wd, yd = tt
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        c = fmt[i]
        i += 1
        if c == 'Y':
            out.append('%d' % y if y >= 1000 else '%d' % y)
        elif c == 'y':
            out.append('%02d' % (y % 100))
        elif c == 'm':
            out.append('%02d' % mo)
        elif c == 'd':
            out.append('%02d' % d)
        elif c == 'e':
            out.append('%2d' % d)
        elif c == 'H':
            out.append('%02d' % h)
        elif c == 'I':
            out.append('%02d' % (h % 12 or 12))
        elif c == 'M':
            out.append('%02d' % mi)
        elif c == 'S':
            out.append('%02d' % s)
        elif c == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif c == 'p':
            out.append('AM' if h < 12 else 'PM')
        elif c == 'a':
            out.append(_DAYS[wd])
        elif c == 'A':
            out.append(_FULL_DAYS[wd])
        elif c == 'b' or c == 'h':
            out.append(_MONTHS[mo - 1])
        elif c == 'B':
            out.append(_FULL_MONTHS[mo - 1])
        elif c == 'j':
            out.append('%03d' % yd)
        elif c == 'w':
            out.append('%d' % ((wd + 1) % 7))
        elif c == 'u':
            out.append('%d' % (wd + 1))
        elif c == 'U':
            out.append('%02d' % ((yd + 6 - (wd + 1) % 7) // 7))
        elif c == 'W':
            out.append('%02d' % ((yd + 6 - wd) // 7))
        elif c in 'GV':
            iy, iw, _ = _isocal(y, mo, d)
            out.append('%d' % iy if c == 'G' else '%02d' % iw)
        elif c == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYS[wd], _MONTHS[mo - 1], d, h, mi, s, y))
        elif c == 'x':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif c == 'X':
            out.append('%02d:%02d:%02d' % (h, mi, s))
        elif c == 'D':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif c == 'T':
            out.append('%02d:%02d:%02d' % (h, mi, s))
        elif c == 'F':
            out.append('%d-%02d-%02d' % (y, mo, d))
        elif c == 'R':
            out.append('%02d:%02d' % (h, mi))
        elif c == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, '') if off is not None else '')
        elif c == 'Z':
            tn = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append(tn if tn is not None else '')
        elif c == '%':
            out.append('%')
        else:
            out.append('%' + c)
    return ''.join(out)


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rem = divmod(off._us(), 3600000000)
    mm, rem = divmod(rem, 60000000)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    ss, us = divmod(rem, 1000000)
    if ss or us:
        s += '%s%02d' % (sep, ss)
        if us:
            s += '.%06d' % us
    return s


def _isocal(y, m, d):
    def week1(year):
        first = _ymd2ord(year, 1, 1)
        wd = (first + 6) % 7
        w1 = first - wd
        if wd > 3:
            w1 += 7
        return w1
    o = _ymd2ord(y, m, d)
    w1 = week1(y)
    if o < w1:
        y -= 1
        w1 = week1(y)
    elif o >= week1(y + 1):
        y += 1
        w1 = week1(y)
    week, day = divmod(o - w1, 7)
    return y, week + 1, day + 1


class IsoCalendarDate(tuple):
    """Named tuple (year, week, weekday) returned by isocalendar()."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)


# ---------------------------------------------------------------- date

def _parse_isodate(s):
    if len(s) == 10 and s[4] == '-' and s[7] == '-':
        parts = s[0:4], s[5:7], s[8:10]
    elif len(s) == 8 and s.isdigit():
        parts = s[0:4], s[4:6], s[6:8]
    elif len(s) in (8, 10) and ('W' in s):
        t = s.replace('-', '')
        if len(t) != 8 or t[4] != 'W' or not (t[:4] + t[5:]).isdigit():
            raise ValueError
        return date.fromisocalendar(int(t[:4]), int(t[5:7]), int(t[7]))._ymd()
    else:
        raise ValueError
    for p in parts:
        if not p.isdigit() or not p.isascii():
            raise ValueError
    return int(parts[0]), int(parts[1]), int(parts[2])


class date:
    """Concrete date type."""

    def __new__(cls, year, month=None, day=None):
        y, m, d = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = y
        self._month = m
        self._day = d
        return self

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def _ymd(self):
        return self._year, self._month, self._day

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, wd, yd, dst = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= 3652059:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            ymd = _parse_isodate(s)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (s,)) from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        if not 0 < week < 53:
            ok = False
            if week == 53:
                first = _ymd2ord(year, 1, 1) % 7
                if first == 4 or (first == 3 and _is_leap(year)):
                    ok = True
            if not ok:
                raise ValueError('Invalid week: %d' % week)
        if not 0 < day < 8:
            raise ValueError('Invalid weekday: %d (range is [1, 7])' % day)
        first = _ymd2ord(year, 1, 1)
        wd = (first + 6) % 7
        w1 = first - wd
        if wd > 3:
            w1 += 7
        return cls.fromordinal(w1 + (week - 1) * 7 + day - 1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_isocal(self._year, self._month, self._day))

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_cls_name(self), self._year, self._month, self._day)

    def ctime(self):
        return '%s %s %2d 00:00:00 %04d' % (_DAYS[self.weekday()], _MONTHS[self._month - 1],
                                            self._day, self._year)

    def _tt(self):
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                self.toordinal() - _ymd2ord(self._year, 1, 1) + 1)

    def timetuple(self):
        return _time.struct_time(self._tt() + (-1,))

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self._tt())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _cmpkey(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return True
        return False

    def __eq__(self, other):
        if self._cmpkey(other):
            return self._ymd() == other._ymd()
        return NotImplemented

    def __ne__(self, other):
        if self._cmpkey(other):
            return self._ymd() != other._ymd()
        return NotImplemented

    def __lt__(self, other):
        if self._cmpkey(other):
            return self._ymd() < other._ymd()
        return NotImplemented

    def __le__(self, other):
        if self._cmpkey(other):
            return self._ymd() <= other._ymd()
        return NotImplemented

    def __gt__(self, other):
        if self._cmpkey(other):
            return self._ymd() > other._ymd()
        return NotImplemented

    def __ge__(self, other):
        if self._cmpkey(other):
            return self._ymd() >= other._ymd()
        return NotImplemented

    def __hash__(self):
        return hash(self._ymd())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= 3652059:
                return type(self).fromordinal(o)
            raise OverflowError('result out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._ymd())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base class for time zone info objects."""

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        d = dt.dst()
        if d is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = off - d
        if delta:
            dt += delta
            d = dt.dst()
            if d is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + d


class timezone(tzinfo):
    """Fixed offset from UTC."""

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        if name is None and not offset and getattr(cls, 'utc', None) is not None:
            return cls.utc
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_cls_name(self), self._offset)
        return '%s(%r, %r)' % (_cls_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def dst(self, dt):
        return None

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc() argument must be a datetime instance or None')


timezone.utc = None
timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# ---------------------------------------------------------------- time

def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _check_offset(name, off):
    if off is None:
        return
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(off).__name__))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not %r." % (off,))


def _parse_isotime(s):
    # HH[:MM[:SS[.fff[fff]]]][+HH:MM[:SS[.ffffff]]|Z]
    tz = None
    for i, ch in enumerate(s):
        if ch in '+-Z':
            tzs = s[i:]
            s = s[:i]
            if tzs == 'Z':
                tz = timezone.utc
            else:
                sign = -1 if tzs[0] == '-' else 1
                h, m, sec, us, _ = _parse_hms(tzs[1:])
                off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
                tz = timezone.utc if not off else timezone(sign * off)
            break
    h, m, sec, us, _ = _parse_hms(s)
    return h, m, sec, us, tz


def _parse_hms(s):
    if ':' in s:
        parts = s.split(':')
    else:
        base = s.split('.')[0].split(',')[0]
        if len(base) % 2 or not 2 <= len(base) <= 6:
            raise ValueError
        parts = [base[i:i + 2] for i in range(0, len(base), 2)]
        if len(s) > len(base):
            parts[-1] += s[len(base):]
    if not 1 <= len(parts) <= 3:
        raise ValueError
    us = 0
    last = parts[-1]
    if len(parts) == 3 and ('.' in last or ',' in last):
        sec, frac = last.replace(',', '.').split('.')
        if not frac.isdigit() or len(frac) not in (3, 6) and not len(frac) > 0:
            raise ValueError
        us = int((frac + '000000')[:6])
        parts[-1] = sec
    vals = []
    for p in parts:
        if len(p) != 2 or not p.isdigit():
            raise ValueError
        vals.append(int(p))
    while len(vals) < 3:
        vals.append(0)
    return vals[0], vals[1], vals[2], us, None


class time:
    """Time with time zone."""

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        h, m, s, us, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = h
        self._minute = m
        self._second = s
        self._microsecond = us
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            t = s[1:] if s[:1] == 'T' else s
            h, m, sec, us, tz = _parse_isotime(t)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (s,)) from None
        return cls(h, m, sec, us, tz)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(None)
        _check_offset('utcoffset', off)
        return off

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(None)
        _check_offset('dst', off)
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s(%d, %d%s)' % (_cls_name(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1))

    def __format__(self, fmt):
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self, other, eq):
        if not isinstance(other, time):
            return None
        a = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond
        b = (other._hour * 3600 + other._minute * 60 + other._second) * 1000000 + other._microsecond
        oa = self.utcoffset()
        ob = other.utcoffset()
        if (oa is None) != (ob is None):
            if eq:
                return False
            raise TypeError("can't compare offset-naive and offset-aware times")
        if oa is not None:
            a -= oa._us()
            b -= ob._us()
        return a, b

    def __eq__(self, other):
        k = self._key(other, True)
        if k is None:
            return NotImplemented
        return k is not False and k[0] == k[1]

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        k = self._key(other, False)
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._key(other, False)
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._key(other, False)
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._key(other, False)
        return NotImplemented if k is None else k[0] >= k[1]

    def __hash__(self):
        off = self.utcoffset()
        a = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond
        if off is not None:
            a -= off._us()
        return hash(a)

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime

class datetime(date):
    """Date and time with optional time zone."""

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        y, mo, d = _check_date(year, month, day)
        h, mi, s, us, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = y
        self._month = mo
        self._day = d
        self._hour = h
        self._minute = mi
        self._second = s
        self._microsecond = us
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _total_us(self):
        return (((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60
                + self._second) * 1000000 + self._microsecond

    @classmethod
    def _from_total_us(cls, us, tz, fold=0):
        days, rem = divmod(us, 86400000000)
        if not 1 <= days <= 3652059:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(days)
        s, u = divmod(rem, 1000000)
        mi, s = divmod(s, 60)
        h, mi = divmod(mi, 60)
        return cls(y, m, d, h, mi, s, u, tz, fold=fold)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        us = round(t * 1000000)
        if tz is None:
            s, u = divmod(us, 1000000)
            y, m, d, hh, mm, ss, wd, yd, dst = _time.localtime(s)
            return cls(y, m, d, hh, mm, ss, u)
        base = _ymd2ord(1970, 1, 1) * 86400000000
        return tz.fromutc(cls._from_total_us(base + us, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        us = round(t * 1000000)
        return cls._from_total_us(_ymd2ord(1970, 1, 1) * 86400000000 + us, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        return cls.combine(date.fromordinal(n), time())

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(s) > 10 and s[10] in 'T ' or len(s) == 10 or len(s) == 8 and s.isdigit():
                ds, ts = s[:10], s[11:]
            else:
                i = 8 if len(s) > 8 and s[8] in 'T ' else -1
                if i < 0:
                    raise ValueError
                ds, ts = s[:8], s[9:]
            y, m, d = _parse_isodate(ds)
            if ts or len(s) > len(ds):
                h, mi, sec, us, tz = _parse_isotime(ts)
            else:
                h = mi = sec = us = 0
                tz = None
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (s,)) from None
        return cls(y, m, d, h, mi, sec, us, tz)

    @classmethod
    def strptime(cls, s, fmt):
        return _strptime(cls, s, fmt)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(self)
        _check_offset('utcoffset', off)
        return off

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(self)
        _check_offset('dst', off)
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def timestamp(self):
        if self._tzinfo is None:
            t = _time.mktime((self._year, self._month, self._day, self._hour, self._minute,
                              self._second, -1, -1, -1))
            return t + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self - off if off else self
        return _time.struct_time(dt._tt() + (0,))

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc if self.utcoffset() is None else self._tzinfo
        if not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        if self._tzinfo is tz:
            return self
        off = self.utcoffset()
        if off is None:
            off = timedelta(0)
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def _tt(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self.weekday(), self.toordinal() - _ymd2ord(self._year, 1, 1) + 1)

    def timetuple(self):
        d = self.dst()
        flag = -1 if d is None else (1 if d else 0)
        return _time.struct_time(self._tt() + (flag,))

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYS[self.weekday()], _MONTHS[self._month - 1], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute,
                 self._second, self._microsecond]
        while len(parts) > 5 and parts[-1] == 0:
            parts.pop()
        s = '%s(%s)' % (_cls_name(self), ', '.join(str(p) for p in parts))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self, other, eq):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if eq:
                    return False
                raise TypeError("can't compare %s to %s" % (_cls_name(self) if False else 'datetime.datetime',
                                                             'datetime.date'))
            return None
        a = self._total_us()
        b = other._total_us()
        if self._tzinfo is other._tzinfo:
            return a, b
        oa = self.utcoffset()
        ob = other.utcoffset()
        if (oa is None) != (ob is None):
            if eq:
                return False
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if oa is not None:
            a -= oa._us()
            b -= ob._us()
        return a, b

    def __eq__(self, other):
        k = self._key(other, True)
        if k is None:
            return NotImplemented
        return k is not False and k[0] == k[1]

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        k = self._key(other, False)
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._key(other, False)
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._key(other, False)
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._key(other, False)
        return NotImplemented if k is None else k[0] >= k[1]

    def __hash__(self):
        a = self._total_us()
        off = self.utcoffset()
        if off is not None:
            a -= off._us()
        return hash(a)

    def __add__(self, other):
        if isinstance(other, timedelta):
            try:
                return type(self)._from_total_us(self._total_us() + other._us(), self._tzinfo)
            except OverflowError:
                raise OverflowError('date value out of range') from None
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            a = self._total_us()
            b = other._total_us()
            if self._tzinfo is not other._tzinfo:
                oa = self.utcoffset()
                ob = other.utcoffset()
                if (oa is None) != (ob is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if oa is not None:
                    a -= oa._us()
                    b -= ob._us()
            return timedelta._from_us(a - b)
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _strptime(cls, s, fmt):
    # A small strptime covering the numeric directives and English names.
    vals = {'Y': 1900, 'm': 1, 'd': 1, 'H': 0, 'M': 0, 'S': 0, 'f': 0}
    pm = None
    i = 0
    j = 0
    tz = None

    def num(maxlen):
        nonlocal j
        k = j
        while k < len(s) and k - j < maxlen and s[k].isdigit():
            k += 1
        if k == j:
            raise ValueError
        v = s[j:k]
        j = k
        return v

    try:
        while i < len(fmt):
            c = fmt[i]
            if c == '%' and i + 1 < len(fmt):
                d = fmt[i + 1]
                i += 2
                if d in 'mdHMSIj':
                    v = int(num(2 if d != 'j' else 3))
                    vals['H' if d == 'I' else d] = v
                    if d == 'I':
                        vals['I'] = True
                elif d == 'Y':
                    vals['Y'] = int(num(4))
                elif d == 'y':
                    v = int(num(2))
                    vals['Y'] = v + (2000 if v < 69 else 1900)
                elif d == 'f':
                    v = num(6)
                    vals['f'] = int((v + '000000')[:6])
                elif d == 'p':
                    w = s[j:j + 2].upper()
                    if w not in ('AM', 'PM'):
                        raise ValueError
                    pm = w == 'PM'
                    j += 2
                elif d in 'bBaA':
                    names = {'b': _MONTHS, 'B': _FULL_MONTHS, 'a': _DAYS, 'A': _FULL_DAYS}[d]
                    for k, nm in enumerate(names):
                        if s[j:j + len(nm)].lower() == nm.lower():
                            j += len(nm)
                            if d in 'bB':
                                vals['m'] = k + 1
                            break
                    else:
                        raise ValueError
                elif d == 'z':
                    if s[j:j + 1] == 'Z':
                        j += 1
                        tz = timezone.utc
                    else:
                        sign = s[j]
                        if sign not in '+-':
                            raise ValueError
                        j += 1
                        hh = int(num(2))
                        if s[j:j + 1] == ':':
                            j += 1
                        mm = int(num(2))
                        off = timedelta(hours=hh, minutes=mm)
                        tz = timezone(-off if sign == '-' else off)
                elif d == '%':
                    if s[j:j + 1] != '%':
                        raise ValueError
                    j += 1
                else:
                    raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            else:
                if c.isspace():
                    while j < len(s) and s[j].isspace():
                        j += 1
                    i += 1
                    continue
                if j >= len(s) or s[j] != c:
                    raise ValueError
                i += 1
                j += 1
    except ValueError as e:
        if e.args and 'bad directive' in e.args[0]:
            raise
        raise ValueError("time data %r does not match format %r" % (s, fmt)) from None
    if j != len(s):
        raise ValueError('unconverted data remains: %s' % s[j:])
    h = vals['H']
    if 'I' in vals and pm is not None:
        h = h % 12 + (12 if pm else 0)
    if 'j' in vals:
        o = _ymd2ord(vals['Y'], 1, 1) + vals['j'] - 1
        y, m, d = _ord2ymd(o)
        vals['m'], vals['d'] = m, d
    return cls(vals['Y'], vals['m'], vals['d'], h, vals['M'], vals['S'], vals['f'], tz)


def _mark_c_types():
    # CPython implements these in C: error messages say 'datetime.date'
    from _refinterp import ctype
    for cls in (timedelta, IsoCalendarDate, date, tzinfo, timezone, time, datetime):
        ctype(cls)


_mark_c_types()
del _mark_c_types
