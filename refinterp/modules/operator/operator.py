# operator for refinterp: the Go functions from _operator plus is_, is_not,
# length_hint and the dunder aliases.
from _operator import *
from _operator import itemgetter, attrgetter, methodcaller


def is_(a, b):
    "Same as a is b."
    return a is b


def is_not(a, b):
    "Same as a is not b."
    return a is not b


def length_hint(obj, default=0):
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    val = hint(obj)
    if val is NotImplemented:
        return default
    return val


def _alias():
    g = globals()
    for name in ('abs', 'add', 'and', 'concat', 'contains', 'delitem', 'eq',
                 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat',
                 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index',
                 'inv', 'invert', 'ior', 'ipow', 'irshift', 'isub', 'itruediv',
                 'ixor', 'le', 'lshift', 'lt', 'matmul', 'mod', 'mul', 'ne',
                 'neg', 'not', 'or', 'pos', 'pow', 'rshift', 'setitem', 'sub',
                 'truediv', 'xor'):
        src = name + '_' if name in ('and', 'or', 'not') else name
        g['__' + name + '__'] = g[src]


_alias()
del _alias
