# typing for refinterp: every name is importable and usable in
# annotations; subscription returns a small alias object with CPython's
# repr. Generic and Protocol are subclassable, NamedTuple and TypedDict
# support the class syntax. Nothing is checked at run time.
import collections.abc as _abc
import collections as _collections

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


class _Alias:
    """A subscripted typing form such as List[int]."""

    def __init__(self, name, origin, args):
        self._name = name
        self.__origin__ = origin
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self._is_classvar = False

    def __repr__(self):
        args = []
        for a in self.__args__:
            if isinstance(a, (list, tuple)):
                args.append('[' + ', '.join(_type_repr(x) for x in a) + ']')
            else:
                args.append(_type_repr(a))
        if not args:
            args = ['()']
        return 'typing.%s[%s]' % (self._name, ', '.join(args))

    def __getitem__(self, params):
        return _Alias(self._name, self.__origin__, params)

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if isinstance(origin, type):
            return origin(*args, **kwargs)
        raise TypeError('Type %s cannot be instantiated' % self._name)

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm:
    def __init__(self, name, origin=None, classvar=False):
        self._name = name
        self.__origin__ = origin
        self._is_classvar = classvar

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        a = _Alias(self._name, self, params)
        a._is_classvar = self._is_classvar
        return a

    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate %r' % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _UnionForm(_SpecialForm):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        flat = []
        for p in params:
            if isinstance(p, _Alias) and p._name == 'Union':
                items = p.__args__
            else:
                items = (p,)
            for q in items:
                if q is None:
                    q = type(None)
                if q not in flat:
                    flat.append(q)
        if len(flat) == 1:
            return flat[0]
        if len(flat) == 2 and type(None) in flat:
            other = flat[0] if flat[1] is type(None) else flat[1]
            a = _Alias('Optional', self, (other,))
            a.__args__ = tuple(flat)
            a._repr_args = (other,)
            return _OptionalAlias(other, tuple(flat))
        return _Alias('Union', self, tuple(flat))


class _OptionalAlias(_Alias):
    def __init__(self, inner, args):
        _Alias.__init__(self, 'Union', Union, args)
        self._inner = inner

    def __repr__(self):
        return 'typing.Optional[%s]' % _type_repr(self._inner)


class _OptionalForm(_SpecialForm):
    def __getitem__(self, param):
        return Union[param, None]


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar', classvar=True)
ClassVar._is_classvar = True
Final = _SpecialForm('Final')
Union = _UnionForm('Union')
Optional = _OptionalForm('Optional')
Literal = _SpecialForm('Literal')
Annotated = _SpecialForm('Annotated')
Concatenate = _SpecialForm('Concatenate')
TypeGuard = _SpecialForm('TypeGuard')
Unpack = _SpecialForm('Unpack')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')


class _GenericForm(_SpecialForm):
    def __init__(self, name, origin):
        _SpecialForm.__init__(self, name, origin)

    def __getitem__(self, params):
        return _Alias(self._name, self.__origin__, params)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)


List = _GenericForm('List', list)
Dict = _GenericForm('Dict', dict)
Set = _GenericForm('Set', set)
FrozenSet = _GenericForm('FrozenSet', frozenset)
Tuple = _GenericForm('Tuple', tuple)
Type = _GenericForm('Type', type)
DefaultDict = _GenericForm('DefaultDict', _collections.defaultdict)
OrderedDict = _GenericForm('OrderedDict', _collections.OrderedDict)
Counter = _GenericForm('Counter', _collections.Counter)
Deque = _GenericForm('Deque', _collections.deque)
ChainMap = _GenericForm('ChainMap', _collections.ChainMap)
Text = str
AnyStr = None  # replaced below once TypeVar exists


def _abc_generic(cls):
    # typing.Iterable etc. are the collections.abc classes themselves, made
    # subscriptable, so isinstance() against them works.
    name = cls.__name__

    def cg(c, params):
        return _Alias(name, c, params)
    try:
        cls.__class_getitem__ = classmethod(cg)
    except (AttributeError, TypeError):
        pass
    return cls


Iterable = _abc_generic(_abc.Iterable)
Iterator = _abc_generic(_abc.Iterator)
Generator = _abc_generic(_abc.Generator)
Reversible = _abc_generic(_abc.Reversible)
Container = _abc_generic(_abc.Container)
Collection = _abc_generic(_abc.Collection)
Callable = _abc_generic(_abc.Callable)
AbstractSet = _abc_generic(_abc.Set)
MutableSet = _abc_generic(_abc.MutableSet)
Mapping = _abc_generic(_abc.Mapping)
MutableMapping = _abc_generic(_abc.MutableMapping)
Sequence = _abc_generic(_abc.Sequence)
MutableSequence = _abc_generic(_abc.MutableSequence)
ByteString = _abc_generic(_abc.ByteString)
MappingView = _abc_generic(_abc.MappingView)
KeysView = _abc_generic(_abc.KeysView)
ItemsView = _abc_generic(_abc.ItemsView)
ValuesView = _abc_generic(_abc.ValuesView)
Awaitable = _abc_generic(_abc.Awaitable)
Coroutine = _abc_generic(_abc.Coroutine)
AsyncIterable = _abc_generic(_abc.AsyncIterable)
AsyncIterator = _abc_generic(_abc.AsyncIterator)
AsyncGenerator = _abc_generic(_abc.AsyncGenerator)
Hashable = _abc.Hashable
Sized = _abc.Sized


def _callable_getitem(c, params):
    return _CallableAlias(params)


class _CallableAlias(_Alias):
    def __init__(self, params):
        _Alias.__init__(self, 'Callable', _abc.Callable, params)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and isinstance(args[0], list):
            return 'typing.Callable[[%s], %s]' % (
                ', '.join(_type_repr(a) for a in args[0]), _type_repr(args[1]))
        return _Alias.__repr__(self)


_abc.Callable.__class_getitem__ = classmethod(_callable_getitem)


class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.args = _SpecialForm(name + '.args')
        self.kwargs = _SpecialForm(name + '.kwargs')

    def __repr__(self):
        return '~' + self.__name__


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            return cls
        return _Alias(cls.__name__, cls, params)


class Protocol(Generic):
    """Base class for protocol classes."""
    __slots__ = ()


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    """Cast a value to a type (no-op at run time)."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    return obj


def assert_never(arg, /):
    raise AssertionError('Expected code to be unreachable')


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            'You should not call an overloaded function. '
            'A series of @typing.overload-decorated functions '
            'outside a stub module should always be followed '
            'by an implementation that is not @typing.overload-ed.')
    return _overload_dummy


def get_overloads(func):
    return []


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator


def get_origin(tp):
    if isinstance(tp, _Alias):
        o = tp.__origin__
        if isinstance(o, _GenericForm):
            return o.__origin__
        return o
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _Alias):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
        return hints
    return dict(getattr(obj, '__annotations__', None) or {})


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        field_names = list(types)
        defaults = []
        for name in field_names:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError('Non-default namedtuple field %s cannot follow '
                                'default field%s %s' % (name, 's' if len(defaults) > 1 else '',
                                                       ', '.join(field_names[:len(defaults)])))
        nm_tpl = _collections.namedtuple(typename, field_names, defaults=defaults,
                                         module=ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = types
        for key, val in ns.items():
            if key in ('__module__', '__qualname__', '__annotations__', '_root'):
                continue
            if key in field_names:
                continue
            if key in ('_make', '_asdict', '_replace', '_fields', '_field_defaults', '__new__', '__init__', '__slots__', '__getnewargs__'):
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            setattr(nm_tpl, key, val)
        return nm_tpl


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True

    def __new__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        fields = list(fields)
        return _collections.namedtuple(typename, [f for f, t in fields])


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        if ns.get('_root', False):
            return super().__new__(mcls, name, bases, ns)
        anns = {}
        for b in bases:
            anns.update(getattr(b, '__annotations__', {}))
        anns.update(ns.get('__annotations__', {}))
        ns = dict(ns)
        ns['__annotations__'] = anns
        ns['__total__'] = total
        return type(name, (dict,), ns)


class TypedDict(metaclass=_TypedDictMeta):
    _root = True


class SupportsInt(Protocol):
    __slots__ = ()


class SupportsFloat(Protocol):
    __slots__ = ()


class SupportsIndex(Protocol):
    __slots__ = ()


class SupportsAbs(Protocol):
    __slots__ = ()


class SupportsRound(Protocol):
    __slots__ = ()


class SupportsBytes(Protocol):
    __slots__ = ()


class SupportsComplex(Protocol):
    __slots__ = ()


class IO(Generic):
    __slots__ = ()


class TextIO(IO):
    __slots__ = ()


class BinaryIO(IO):
    __slots__ = ()


Pattern = _SpecialForm('Pattern')
Match = _SpecialForm('Match')
ContextManager = _SpecialForm('ContextManager')
AsyncContextManager = _SpecialForm('AsyncContextManager')
