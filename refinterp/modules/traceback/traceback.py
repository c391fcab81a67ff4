# traceback for refinterp. Frame lists come from _traceback.entries; the
# SyntaxError detail lines from the core's printer (_traceback.format).
import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_sentinel = object()


class FrameSummary:
    """Information about a single frame of a traceback."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        return self._line.strip() if self._line is not None else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def from_list(klass, a_list):
        r = klass()
        for f in a_list:
            if isinstance(f, FrameSummary):
                r.append(f)
            else:
                filename, lineno, name, line = f
                r.append(FrameSummary(filename, lineno, name, line=line))
        return r

    def format(self):
        out = []
        for f in self:
            s = '  File "{}", line {}, in {}\n'.format(f.filename, f.lineno, f.name)
            if f.line:
                s += '    {}\n'.format(f.line)
            out.append(s)
        return out


def _exc_entries(exc):
    return [FrameSummary(f, l, n, line=s) for (f, l, n, s) in _traceback.entries(exc)]


def _find_exc(tb):
    # The core's traceback objects do not expose their frames, so a bare
    # tb is matched against the exception being handled.
    e = sys.exc_info()[1]
    if e is not None and e.__traceback__ is not None:
        n = 0
        t = e.__traceback__
        while t is not None:
            n += 1
            t = t.tb_next
        m = 0
        t = tb
        while t is not None:
            m += 1
            t = t.tb_next
        if m <= n:
            return e, n - m
    return None, 0


def extract_tb(tb, limit=None):
    if tb is None:
        return StackSummary()
    exc, skip = _find_exc(tb)
    if exc is not None:
        frames = _exc_entries(exc)[skip:]
    else:
        frames = []
        while tb is not None:
            frames.append(FrameSummary('<unknown>', tb.tb_lineno, '<unknown>', line=''))
            tb = tb.tb_next
    if limit is not None:
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    return StackSummary.from_list(frames)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for s in format_tb(tb, limit):
        print(s, file=file, end='')


def _qualname(etype):
    mod = getattr(etype, '__module__', None)
    name = getattr(etype, '__qualname__', None) or etype.__name__
    if mod not in (None, 'builtins', '__main__'):
        return mod + '.' + name
    return name


def _some_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


def _exc_args(exc, value, tb):
    if exc is _sentinel:
        return None
    if value is _sentinel:
        return exc
    return value


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    if isinstance(value, BaseException):
        etype = type(value)
    else:
        etype = exc
        return [_qualname(etype) + '\n'] if value is None else [_qualname(etype) + ': ' + _some_str(value) + '\n']
    if isinstance(value, SyntaxError):
        lines = _traceback.format(value).splitlines(True)
        out = []
        for ln in reversed(lines):
            out.insert(0, ln)
            if ln.startswith('  File '):
                break
        return out
    s = _some_str(value)
    if s:
        return [_qualname(etype) + ': ' + s + '\n']
    return [_qualname(etype) + '\n']


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, BaseException):
        return format_exception_only(exc, value)
    out = []
    _format_chain(value, limit, chain, out, set())
    return out


def _format_chain(exc, limit, chain, out, seen):
    seen.add(id(exc))
    if chain:
        cause = exc.__cause__
        ctx = exc.__context__
        if cause is not None and id(cause) not in seen:
            _format_chain(cause, limit, chain, out, seen)
            out.append('\nThe above exception was the direct cause of the following exception:\n\n')
        elif ctx is not None and not exc.__suppress_context__ and id(ctx) not in seen:
            _format_chain(ctx, limit, chain, out, seen)
            out.append('\nDuring handling of the above exception, another exception occurred:\n\n')
    frames = _exc_entries(exc)
    if limit is not None:
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    if frames:
        out.append('Traceback (most recent call last):\n')
        out.extend(StackSummary.from_list(frames).format())
    out.extend(format_exception_only(exc))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def extract_stack(f=None, limit=None):
    return StackSummary()


def format_stack(f=None, limit=None):
    return []


def print_stack(f=None, limit=None, file=None):
    pass


def walk_tb(tb):
    while tb is not None:
        yield getattr(tb, 'tb_frame', None), tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    return iter(())


def clear_frames(tb):
    pass


class TracebackException:
    """An exception ready for rendering."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        self._value = exc_value
        self._limit = limit
        self.exc_type = exc_type
        self._str = _some_str(exc_value)
        self.stack = StackSummary.from_list(_exc_entries(exc_value)) if isinstance(exc_value, BaseException) else StackSummary()
        c = getattr(exc_value, '__cause__', None)
        self.__cause__ = TracebackException(type(c), c, None) if c is not None else None
        c = getattr(exc_value, '__context__', None)
        self.__context__ = TracebackException(type(c), c, None) if c is not None and c is not exc_value else None
        self.__suppress_context__ = getattr(exc_value, '__suppress_context__', False)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from format_exception_only(self._value)

    def format(self, *, chain=True):
        yield from format_exception(self._value, limit=self._limit, chain=chain)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')
