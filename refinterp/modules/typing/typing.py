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
        return _UserGenericAlias(cls.__name__, cls, params)


class _UserGenericAlias(_Alias):
    # Box[int] for a user class Box(Generic[T]): shown as module.Box[int]
    def __repr__(self):
        r = _Alias.__repr__(self)
        return _type_repr(self.__origin__) + r[r.index('['):]

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)


_PROTO_SKIP = frozenset([
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__qualname__', '__parameters__', '__orig_bases__',
    '__protocol_attrs__', '_is_protocol', '_is_runtime_protocol', '__init_subclass__',
    '__match_args__', '__non_callable_proto_members__'])


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for attr in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if not attr.startswith('_abc_') and attr not in _PROTO_SKIP:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if not cls.__dict__.get('_is_protocol', False):
            return type.__instancecheck__(cls, instance)
        if not cls.__dict__.get('_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with'
                            ' @runtime_checkable protocols')
        if type.__instancecheck__(cls, instance):
            return True
        for attr in _protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
        return True

    def __subclasscheck__(cls, other):
        if not cls.__dict__.get('_is_protocol', False):
            return type.__subclasscheck__(cls, other)
        if not cls.__dict__.get('_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with'
                            ' @runtime_checkable protocols')
        attrs = _protocol_attrs(cls)
        for attr in attrs:
            if not callable(getattr(cls, attr, None)):
                raise TypeError("Protocols with non-method members don't support issubclass()")
        if type.__subclasscheck__(cls, other):
            return True
        for attr in attrs:
            if not any(attr in b.__dict__ for b in other.__mro__):
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes."""
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    if not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
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


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    import sys
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            anns = base.__dict__.get('__annotations__', {})
            if globalns is None:
                mod = sys.modules.get(base.__module__)
                base_globals = getattr(mod, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in anns.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        return hints
    if globalns is None:
        if isinstance(obj, type(sys)):
            globalns = obj.__dict__
        else:
            globalns = getattr(obj, '__globals__', {})
    if localns is None:
        localns = globalns
    anns = getattr(obj, '__annotations__', None) or {}
    return {name: _eval_hint(value, globalns, localns) for name, value in anns.items()}


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
        own = ns.get('__annotations__', {})
        required = set()
        optional = set()
        for b in bases:
            required.update(getattr(b, '__required_keys__', ()))
            optional.update(getattr(b, '__optional_keys__', ()))
        if total:
            required.update(own)
        else:
            optional.update(own)
        ns = dict(ns)
        ns['__annotations__'] = anns
        ns['__total__'] = total
        ns['__required_keys__'] = frozenset(required)
        ns['__optional_keys__'] = frozenset(optional)
        return type.__new__(_TypedDictMeta, name, (dict,), ns)

    def __call__(cls, *args, **kwargs):
        # a TypedDict "instance" is a plain dict
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


class TypedDict(metaclass=_TypedDictMeta):
    _root = True


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    __slots__ = ()

    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    __slots__ = ()

    def __round__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    def __bytes__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    def __complex__(self):
        pass


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
