# weakref for refinterp. The Go collector cannot tell us when an object
# dies, so these references are strong: ref() keeps returning its object,
# and the weak containers behave like the ordinary ones. Type checks,
# reprs, equality and hashing follow CPython.

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

_NOT_WEAKREFABLE = (int, float, complex, str, bytes, tuple, list, dict, set,
                    frozenset, bool, type(None), bytearray)
_counts = {}


def _check(obj):
    if type(obj) in _NOT_WEAKREFABLE:
        raise TypeError("cannot create weak reference to '%s' object" % type(obj).__name__)


class ReferenceType:
    """A reference to an object; calling it returns the object."""

    def __init__(self, ob, callback=None):
        _check(ob)
        self._ob = ob
        self.__callback__ = callback
        _counts[id(ob)] = _counts.get(id(ob), 0) + 1

    def __call__(self):
        return self._ob

    def __hash__(self):
        return hash(self._ob)

    def __eq__(self, other):
        if isinstance(other, ReferenceType):
            return self._ob == other._ob
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, ReferenceType):
            return self._ob != other._ob
        return NotImplemented

    def __repr__(self):
        o = self._ob
        return '<weakref at %#x; to %r at %#x>' % (id(self), type(o).__name__, id(o))


ref = ReferenceType


class WeakMethod(ReferenceType):
    """A reference to a bound method that does not keep it alive alone."""

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        ReferenceType.__init__(self, obj, callback)
        self._func = func

    def __call__(self):
        # functions have no __get__ in the core: bind with a closure
        func, ob = self._func, self._ob

        def bound(*args, **kwargs):
            return func(ob, *args, **kwargs)
        return bound


class ProxyType:
    """A proxy forwarding attribute access to its referent."""

    def __init__(self, ob, callback=None):
        _check(ob)
        object.__setattr__(self, '_ob', ob)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, '_ob'), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_ob'), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, '_ob'), name)

    def __repr__(self):
        o = object.__getattribute__(self, '_ob')
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(object.__getattribute__(self, '_ob'))

    def __len__(self):
        return len(object.__getattribute__(self, '_ob'))

    def __iter__(self):
        return iter(object.__getattribute__(self, '_ob'))

    def __getitem__(self, k):
        return object.__getattribute__(self, '_ob')[k]

    def __setitem__(self, k, v):
        object.__getattribute__(self, '_ob')[k] = v

    def __contains__(self, k):
        return k in object.__getattribute__(self, '_ob')

    def __eq__(self, other):
        return object.__getattribute__(self, '_ob') == other

    def __bool__(self):
        return bool(object.__getattribute__(self, '_ob'))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakproxy'")


class CallableProxyType(ProxyType):
    """A proxy to a callable object."""

    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, '_ob')(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None):
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)


def getweakrefcount(ob):
    return _counts.get(id(ob), 0)


def getweakrefs(ob):
    return []


class WeakValueDictionary(dict):
    """Mapping whose values are held by weak reference."""

    def __init__(self, other=(), /, **kw):
        dict.__init__(self)
        self.update(other, **kw)

    def __setitem__(self, key, value):
        _check(value)
        dict.__setitem__(self, key, value)

    def update(self, other=(), /, **kw):
        if hasattr(other, 'items'):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return dict.__getitem__(self, key)

    def copy(self):
        return WeakValueDictionary(self)

    def itervaluerefs(self):
        for v in self.values():
            yield ref(v)

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def __repr__(self):
        return '<WeakValueDictionary at %#x>' % id(self)


class WeakKeyDictionary(dict):
    """Mapping whose keys are held by weak reference."""

    def __init__(self, dict=None):
        _dict.__init__(self)
        if dict is not None:
            self.update(dict)

    def __setitem__(self, key, value):
        _check(key)
        _dict.__setitem__(self, key, value)

    def update(self, other=(), /, **kw):
        if hasattr(other, 'items'):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return _dict.__getitem__(self, key)

    def copy(self):
        return WeakKeyDictionary(self)

    def keyrefs(self):
        return [ref(k) for k in self.keys()]

    def __repr__(self):
        return '<WeakKeyDictionary at %#x>' % id(self)


_dict = dict


class WeakSet(set):
    """Set whose elements are held by weak reference."""

    def __init__(self, data=None):
        set.__init__(self)
        if data is not None:
            for x in data:
                self.add(x)

    def add(self, item):
        _check(item)
        set.add(self, item)

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, set(self))


class finalize:
    """Call func(*args, **kwargs) once, when called explicitly (the
    object's death is not observable here)."""

    def __init__(self, obj, func, /, *args, **kwargs):
        _check(obj)
        self._obj = obj
        self._call = (func, args, kwargs)
        self.atexit = True

    def __call__(self, _=None):
        c = self._call
        if c is None:
            return None
        self._call = None
        func, args, kwargs = c
        return func(*args, **kwargs)

    def detach(self):
        c = self._call
        if c is None:
            return None
        self._call = None
        return (self._obj, c[0], c[1], c[2])

    def peek(self):
        c = self._call
        if c is None:
            return None
        return (self._obj, c[0], c[1], c[2])

    @property
    def alive(self):
        return self._call is not None
