# string for refinterp: constants, capwords, Template (hand-written
# placeholder scanner instead of a regular expression) and Formatter.

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split, capitalize each word, join with sep (or a space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_id_start = frozenset('_' + ascii_letters)
_id_rest = frozenset('_' + ascii_letters + digits)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # yields (kind, start, end, name) for each placeholder:
        # kind is 'escaped', 'named', 'braced' or 'invalid'
        t = self.template
        d = self.delimiter
        n = len(t)
        dl = len(d)
        i = t.find(d)
        while i >= 0:
            j = i + dl
            if t.startswith(d, j):
                yield ('escaped', i, j + dl, None)
                i = t.find(d, j + dl)
                continue
            if j < n and t[j] == '{':
                k = j + 1
                if k < n and t[k] in _id_start:
                    k += 1
                    while k < n and t[k] in _id_rest:
                        k += 1
                    if k < n and t[k] == '}':
                        yield ('braced', i, k + 1, t[j + 1:k])
                        i = t.find(d, k + 1)
                        continue
                yield ('invalid', i, j, None)
                i = t.find(d, j)
                continue
            if j < n and t[j] in _id_start:
                k = j + 1
                while k < n and t[k] in _id_rest:
                    k += 1
                yield ('named', i, k, t[j:k])
                i = t.find(d, k)
                continue
            yield ('invalid', i, j, None)
            i = t.find(d, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _sub(self, mapping, safe):
        out = []
        pos = 0
        t = self.template
        for kind, start, end, name in self._scan():
            out.append(t[pos:start])
            pos = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                out.append(t[start:end])
            else:
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(t[start:end])
                else:
                    out.append(str(mapping[name]))
        out.append(t[pos:])
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._sub(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._sub(mapping, True)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
            elif kind == 'invalid':
                self._invalid(end)
        return ids


class _ChainMap:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    """str.format() as an overridable class."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))
