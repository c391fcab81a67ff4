# copy for refinterp: shallow and deep copy with __copy__/__deepcopy__,
# __reduce__/__reduce_ex__ reconstruction and a memo for shared and
# recursive structures.


class Error(Exception):
    pass


error = Error


def _f():
    pass


_atomic = {type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), type(_f), type(len),
           type(property()), frozenset, slice}
try:
    _atomic.add(type(abs.__call__))
except AttributeError:
    pass
del _f


def _reduce(x, cls):
    for c in cls.__mro__:
        d = c.__dict__
        if '__reduce_ex__' in d and c is not object:
            return x.__reduce_ex__(4)
        if '__reduce__' in d and c is not object:
            return x.__reduce__()
    return None


def _plain_state(x, cls):
    state = None
    d = getattr(x, '__dict__', None)
    if d:
        state = dict(d)
    slots = {}
    for c in cls.__mro__:
        s = c.__dict__.get('__slots__', ())
        if isinstance(s, str):
            s = (s,)
        for name in s:
            if name in ('__dict__', '__weakref__'):
                continue
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _builtin_base(cls):
    for c in cls.__mro__:
        if c in (list, dict, set, bytearray, tuple, frozenset, int, str, float, bytes):
            return c
    return None


def copy(x):
    cls = type(x)
    if cls in _atomic:
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if cls is tuple:
        return x
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if rv is not None:
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    return _copy_inst(x, cls, None)


def _copy_inst(x, cls, memo):
    deep = memo is not None
    base = _builtin_base(cls)
    if base in (tuple, frozenset, int, str, float, bytes):
        args = x.__getnewargs__() if hasattr(x, '__getnewargs__') else (base(x),)
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    else:
        if cls.__module__ == 'builtins' and base is None:
            raise TypeError("cannot pickle '%s' object" % cls.__name__)
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    if base is list:
        y.extend(deepcopy(v, memo) for v in x) if deep else y.extend(x)
    elif base is dict:
        for k, v in dict.items(x):
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            dict.__setitem__(y, k, v)
    elif base in (set, bytearray):
        y.update(deepcopy(v, memo) for v in x) if deep else y.update(x)
    state = _plain_state(x, cls)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _setstate(y, state)
    return y


def _setstate(y, state):
    if hasattr(y, '__setstate__') and not isinstance(state, tuple):
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    cls = type(x)
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    if cls in _atomic:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for v in x:
            y.add(deepcopy(v, memo))
    elif cls is bytearray:
        y = bytearray(x)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if rv is not None:
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
            else:
                y = _copy_inst(x, cls, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _setstate(y, state)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
