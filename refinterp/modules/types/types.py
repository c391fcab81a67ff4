# types for refinterp: names for the interpreter's built-in types, taken
# from live objects, plus SimpleNamespace and the class-creation helpers.
import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__) if hasattr(_f, '__code__') else None


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
try:
    _co.close()
except Exception:
    pass
del _co


async def _ag():
    yield 1


try:
    AsyncGeneratorType = type(_ag())
except Exception:
    pass


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
try:
    MethodType(len, 1)
except TypeError:
    # The core's method type cannot be called: stand in with a class whose
    # metaclass builds bound methods and answers isinstance() for them.
    _method = MethodType

    class _MethodMeta(type):
        def __instancecheck__(cls, x):
            return type(x) is _method

        def __subclasscheck__(cls, s):
            return s is _method or s is cls

        def __call__(cls, func, obj):
            if not callable(func):
                raise TypeError('first argument must be callable')
            if obj is None:
                raise TypeError('instance must not be None')

            def bound(*args, **kwargs):
                return func(obj, *args, **kwargs)
            try:
                return func.__get__(obj, type(obj))
            except (AttributeError, TypeError):
                return bound

    class method(metaclass=_MethodMeta):
        """Create a bound instance method object."""

    MethodType = method
    del method
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
MappingProxyType = type(type.__dict__)
try:
    MappingProxyType({})
except TypeError:
    class mappingproxy:
        """Read-only view of a mapping (the core's mappingproxy cannot be
        constructed from Python)."""

        def __init__(self, mapping):
            if not hasattr(mapping, 'keys') or not hasattr(mapping, '__getitem__'):
                raise TypeError("mappingproxy() argument must be a mapping, not "
                                + type(mapping).__name__)
            object.__setattr__(self, '_m', mapping)

        def __getitem__(self, k):
            return self._m[k]

        def __setitem__(self, k, v):
            raise TypeError("'mappingproxy' object does not support item assignment")

        def __delitem__(self, k):
            raise TypeError("'mappingproxy' object does not support item deletion")

        def __setattr__(self, k, v):
            raise AttributeError("'mappingproxy' object has no attribute '%s'" % k)

        def __iter__(self):
            return iter(self._m)

        def __len__(self):
            return len(self._m)

        def __contains__(self, k):
            return k in self._m

        def __eq__(self, other):
            return self._m == other

        def __repr__(self):
            return 'mappingproxy(%r)' % (self._m,)

        def __str__(self):
            return str(self._m)

        def __or__(self, other):
            return dict(self._m) | dict(other)

        def __reversed__(self):
            return reversed(self._m)

        def get(self, k, default=None):
            return self._m.get(k, default)

        def keys(self):
            return self._m.keys()

        def values(self):
            return self._m.values()

        def items(self):
            return self._m.items()

        def copy(self):
            return self._m.copy()

    MappingProxyType = mappingproxy
    del mappingproxy
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
try:
    WrapperDescriptorType = type(object.__init__)
    MethodWrapperType = type(object().__str__)
    MethodDescriptorType = type(str.join)
except AttributeError:
    pass
try:
    GetSetDescriptorType = type(FunctionType.__dict__['__code__'])
except Exception:
    pass
try:
    TracebackType = type(ZeroDivisionError().__traceback__) if False else None
    try:
        1 / 0
    except ZeroDivisionError as _e:
        TracebackType = type(_e.__traceback__)
        if hasattr(_e.__traceback__, 'tb_frame'):
            FrameType = type(_e.__traceback__.tb_frame)
        _e = None
except Exception:
    pass
try:
    FrameType = type(sys._getframe())
except Exception:
    pass
try:
    GenericAlias = type(list[int])
except Exception:
    pass
try:
    UnionType = type(int | str)
except Exception:
    pass
del _f, _g, _c, _ag, _C


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        r = _repr_running
        key = id(self)
        if key in r:
            return ('namespace' if type(self) is SimpleNamespace else type(self).__name__) + '(...)'
        r.add(key)
        try:
            items = ['%s=%r' % (k, v) for k, v in self.__dict__.items()]
        finally:
            r.discard(key)
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return name + '(' + ', '.join(items) + ')'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __hash__(self):
        # CPython names the C type with its module in this message.
        n = 'types.SimpleNamespace' if type(self) is SimpleNamespace else type(self).__name__
        raise TypeError("unhashable type: '%s'" % n)

    def __reduce__(self):
        return (type(self), (), self.__dict__)


_repr_running = set()
SimpleNamespace.__module__ = 'types'


def resolve_bases(bases):
    out = []
    changed = False
    for b in bases:
        if isinstance(b, type):
            out.append(b)
            continue
        m = getattr(b, '__mro_entries__', None)
        if m is None:
            out.append(b)
            continue
        r = m(bases)
        changed = True
        if not isinstance(r, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        out.extend(r)
    if not changed:
        return bases
    return tuple(out)


def prepare_class(name, bases=(), kwds=None):
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        for b in bases:
            bm = type(b)
            if issubclass(meta, bm):
                continue
            if issubclass(bm, meta):
                meta = bm
                continue
            raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases")
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute(property):
    """Property that routes class attribute access to __getattr__."""


def coroutine(func):
    return func
