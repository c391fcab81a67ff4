# abc for refinterp: ABCMeta with register/isinstance hooks and the
# abstract-method check on instantiation.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _isabstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        for f in (value.fget, value.fset, value.fdel):
            if getattr(f, '__isabstractmethod__', False):
                return True
    elif isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    return False


def _abstract_new(cls, *args, **kwargs):
    am = cls.__abstractmethods__
    if am:
        names = sorted(am)
        raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                        % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
    prev = cls._abc_prev_new
    if prev is None:
        return object.__new__(cls)
    return prev(cls, *args, **kwargs)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = set()
        for k, value in namespace.items():
            if _isabstract(value):
                abstracts.add(k)
        for base in bases:
            for k in getattr(base, '__abstractmethods__', ()):
                value = getattr(cls, k, None)
                if _isabstract(value):
                    abstracts.add(k)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_subclasses = []
        cls._abc_cache = set()
        for base in bases:
            subs = getattr(base, '_abc_subclasses', None)
            if subs is not None and '_abc_subclasses' in base.__dict__:
                subs.append(cls)
        if '__new__' not in namespace:
            inherited = getattr(cls, '__new__', None)
            if inherited is _abstract_new:
                cls._abc_prev_new = _find_prev_new(cls)
            elif abstracts:
                cls._abc_prev_new = None if inherited is object.__new__ else inherited
                cls.__new__ = staticmethod(_abstract_new)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        cls._abc_cache.clear()
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        return cls.__subclasscheck__(subclass)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            return bool(ok)
        if cls in subclass.__mro__:
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in cls._abc_subclasses:
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        return False


def _find_prev_new(cls):
    for c in cls.__mro__[1:]:
        if '_abc_prev_new' in c.__dict__:
            return c.__dict__['_abc_prev_new']
    return None


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _isabstract(value):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _isabstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
