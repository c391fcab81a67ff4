"""Get information about live objects (a subset of CPython's inspect:
the is* predicates, getmembers, signature, getdoc/cleandoc, currentframe)."""

import sys
import types as _types

CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200


def ismodule(obj):
    return isinstance(obj, _types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, _types.MethodType)


def isfunction(obj):
    return isinstance(obj, _types.FunctionType)


def isbuiltin(obj):
    return isinstance(obj, _types.BuiltinFunctionType)


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(obj):
    return (isbuiltin(obj) or isfunction(obj) or ismethod(obj)
            or ismethoddescriptor(obj))


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, _types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, _types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, _types.AsyncGeneratorType)


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), "__await__")


def iscode(obj):
    return isinstance(obj, _types.CodeType)


def isframe(obj):
    return type(obj).__name__ == "frame"


def istraceback(obj):
    return type(obj).__name__ == "traceback"


def isabstract(obj):
    return bool(isinstance(obj, type) and getattr(obj, "__abstractmethods__", None))


def getmro(cls):
    return cls.__mro__


def getmembers(obj, predicate=None):
    results = []
    names = dir(obj)
    if isclass(obj):
        for base in obj.__mro__:
            for k in base.__dict__:
                if k not in names:
                    names.append(k)
    for key in names:
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getattr_static(obj, attr, default=None):
    try:
        d = object.__getattribute__(obj, "__dict__")
        if attr in d:
            return d[attr]
    except AttributeError:
        pass
    klass = obj if isclass(obj) else type(obj)
    for base in klass.__mro__:
        if attr in base.__dict__:
            return base.__dict__[attr]
    if default is not None:
        return default
    raise AttributeError(attr)


def cleandoc(doc):
    lines = doc.expandtabs().split("\n")
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(obj):
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def currentframe():
    return sys._getframe(1)


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, "__wrapped__"):
        if stop is not None and stop(f):
            break
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        seen.add(id(f))
    return f


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(int):
    _names = ["POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD", "VAR_POSITIONAL",
              "KEYWORD_ONLY", "VAR_KEYWORD"]
    _descriptions = ["positional-only", "positional or keyword",
                     "variadic positional", "keyword-only", "variadic keyword"]

    @property
    def name(self):
        return self._names[int(self)]

    @property
    def description(self):
        return self._descriptions[int(self)]

    def __repr__(self):
        return "<_ParameterKind.%s: %d>" % (self.name, int(self))

    def __str__(self):
        return self.name


class Parameter:
    POSITIONAL_ONLY = _ParameterKind(0)
    POSITIONAL_OR_KEYWORD = _ParameterKind(1)
    VAR_POSITIONAL = _ParameterKind(2)
    KEYWORD_ONLY = _ParameterKind(3)
    VAR_KEYWORD = _ParameterKind(4)
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._name = name
        self._kind = _ParameterKind(kind)
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, **kw):
        return Parameter(kw.get("name", self._name), kw.get("kind", self._kind),
                         default=kw.get("default", self._default),
                         annotation=kw.get("annotation", self._annotation))

    def __str__(self):
        s = self._name
        if self._annotation is not _empty:
            s += ": " + _annotation_repr(self._annotation)
        if self._default is not _empty:
            if self._annotation is not _empty:
                s += " = " + repr(self._default)
            else:
                s += "=" + repr(self._default)
        if self._kind == Parameter.VAR_POSITIONAL:
            s = "*" + s
        elif self._kind == Parameter.VAR_KEYWORD:
            s = "**" + s
        return s

    def __repr__(self):
        return '<Parameter "%s">' % self

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name, self._kind, self._default, self._annotation) == \
            (other._name, other._kind, other._default, other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind))


def _annotation_repr(a):
    if isinstance(a, type):
        if a.__module__ == "builtins":
            return a.__qualname__
        return a.__module__ + "." + a.__qualname__
    return repr(a)


class BoundArguments:
    def __init__(self, signature, arguments):
        self.signature = signature
        self.arguments = arguments

    @property
    def args(self):
        out = []
        for p in self.signature.parameters.values():
            if p.kind in (Parameter.KEYWORD_ONLY, Parameter.VAR_KEYWORD):
                break
            if p.name not in self.arguments:
                break
            if p.kind == Parameter.VAR_POSITIONAL:
                out.extend(self.arguments[p.name])
            else:
                out.append(self.arguments[p.name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        for p in self.signature.parameters.values():
            if p.name not in self.arguments:
                continue
            if p.kind == Parameter.KEYWORD_ONLY:
                out[p.name] = self.arguments[p.name]
            elif p.kind == Parameter.VAR_KEYWORD:
                out.update(self.arguments[p.name])
        return out

    def apply_defaults(self):
        new = {}
        for p in self.signature.parameters.values():
            if p.name in self.arguments:
                new[p.name] = self.arguments[p.name]
            elif p.kind == Parameter.VAR_POSITIONAL:
                new[p.name] = ()
            elif p.kind == Parameter.VAR_KEYWORD:
                new[p.name] = {}
            elif p.default is not _empty:
                new[p.name] = p.default
        self.arguments = new

    def __repr__(self):
        args = ", ".join("%s=%r" % (k, v) for k, v in self.arguments.items())
        return "<BoundArguments (%s)>" % args


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self._parameters = {}
        for p in parameters or ():
            self._parameters[p.name] = p
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return _types.MappingProxyType(self._parameters)

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=None, return_annotation=None):
        if parameters is None:
            parameters = self._parameters.values()
        if return_annotation is None:
            return_annotation = self._return_annotation
        return Signature(parameters, return_annotation=return_annotation)

    def __str__(self):
        parts = []
        pos_only_done = True
        kw_marker = True
        for p in self._parameters.values():
            if p.kind == Parameter.POSITIONAL_ONLY:
                pos_only_done = False
            elif not pos_only_done:
                parts.append("/")
                pos_only_done = True
            if p.kind == Parameter.VAR_POSITIONAL:
                kw_marker = False
            elif p.kind == Parameter.KEYWORD_ONLY and kw_marker:
                parts.append("*")
                kw_marker = False
            parts.append(str(p))
        if not pos_only_done:
            parts.append("/")
        s = "(" + ", ".join(parts) + ")"
        if self._return_annotation is not _empty:
            s += " -> " + _annotation_repr(self._return_annotation)
        return s

    def __repr__(self):
        return "<Signature %s>" % self

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (list(self._parameters.values()) == list(other._parameters.values())
                and self._return_annotation == other._return_annotation)

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        args = list(args)
        kwargs = dict(kwargs)
        i = 0
        for p in params:
            if p.kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD):
                if i < len(args):
                    if p.name in kwargs and p.kind != Parameter.POSITIONAL_ONLY:
                        raise TypeError("multiple values for argument %r" % p.name)
                    arguments[p.name] = args[i]
                    i += 1
                elif p.name in kwargs and p.kind != Parameter.POSITIONAL_ONLY:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _empty and not partial:
                    raise TypeError("missing a required argument: %r" % p.name)
            elif p.kind == Parameter.VAR_POSITIONAL:
                arguments[p.name] = tuple(args[i:])
                i = len(args)
            elif p.kind == Parameter.KEYWORD_ONLY:
                if p.name in kwargs:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _empty and not partial:
                    raise TypeError("missing a required argument: %r" % p.name)
            elif p.kind == Parameter.VAR_KEYWORD:
                arguments[p.name] = kwargs
                kwargs = {}
        if i < len(args):
            raise TypeError("too many positional arguments")
        if kwargs:
            raise TypeError("got an unexpected keyword argument %r" % next(iter(kwargs)))
        return BoundArguments(self, arguments)

    def bind(self, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, True)

    @classmethod
    def from_callable(cls, obj):
        return signature(obj)


def _signature_of_function(func, skip_first):
    code = func.__code__
    npos = code.co_argcount
    nposonly = getattr(code, "co_posonlyargcount", 0)
    nkw = code.co_kwonlyargcount
    names = code.co_varnames
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    ann = getattr(func, "__annotations__", None) or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = Parameter.POSITIONAL_ONLY if i < nposonly else Parameter.POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=ann.get(name, _empty)))
    idx = npos
    if code.co_flags & CO_VARARGS:
        name = names[npos + nkw]
        params.append(Parameter(name, Parameter.VAR_POSITIONAL, annotation=ann.get(name, _empty)))
    for name in names[idx:idx + nkw]:
        params.append(Parameter(name, Parameter.KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=ann.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[npos + nkw + (1 if code.co_flags & CO_VARARGS else 0)]
        params.append(Parameter(name, Parameter.VAR_KEYWORD, annotation=ann.get(name, _empty)))
    if skip_first and params:
        params = params[1:]
    return Signature(params, return_annotation=ann.get("return", _empty))


def signature(obj, *, follow_wrapped=True):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        return sig
    if ismethod(obj):
        return _signature_of_function(obj.__func__, True) if isfunction(obj.__func__) \
            else signature(obj.__func__).replace(parameters=list(signature(obj.__func__).parameters.values())[1:])
    if isfunction(obj):
        return _signature_of_function(obj, False)
    partial = getattr(obj, "func", None)
    if partial is not None and hasattr(obj, "args") and hasattr(obj, "keywords"):
        sig = signature(partial)
        params = list(sig.parameters.values())[len(obj.args):]
        out = []
        for p in params:
            if p.name in obj.keywords:
                p = p.replace(default=obj.keywords[p.name], kind=Parameter.KEYWORD_ONLY)
            out.append(p)
        return sig.replace(parameters=out)
    if isclass(obj):
        for base in obj.__mro__:
            if "__init__" in base.__dict__ and isfunction(base.__dict__["__init__"]):
                return _signature_of_function(base.__dict__["__init__"], True)
            if "__new__" in base.__dict__ and isfunction(getattr(base, "__new__")):
                return _signature_of_function(getattr(base, "__new__"), True)
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    call = getattr(type(obj), "__call__", None)
    if call is not None and isfunction(call):
        return _signature_of_function(call, True)
    raise ValueError("no signature found for {!r}".format(obj))


def getfullargspec(func):
    sig = signature(func, follow_wrapped=False)
    args, varargs, varkw, kwonly = [], None, None, []
    defaults, kwdefaults, ann = [], {}, {}
    if sig.return_annotation is not _empty:
        ann["return"] = sig.return_annotation
    for p in sig.parameters.values():
        if p.kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD):
            args.append(p.name)
            if p.default is not _empty:
                defaults.append(p.default)
        elif p.kind == Parameter.VAR_POSITIONAL:
            varargs = p.name
        elif p.kind == Parameter.KEYWORD_ONLY:
            kwonly.append(p.name)
            if p.default is not _empty:
                kwdefaults[p.name] = p.default
        else:
            varkw = p.name
        if p.annotation is not _empty:
            ann[p.name] = p.annotation
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly,
                       kwdefaults or None, ann)


class FullArgSpec(tuple):
    _fields = ("args", "varargs", "varkw", "defaults", "kwonlyargs", "kwonlydefaults", "annotations")

    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return "FullArgSpec(" + ", ".join("%s=%r" % (n, v) for n, v in zip(self._fields, self)) + ")"

    args = property(lambda self: self[0])
    varargs = property(lambda self: self[1])
    varkw = property(lambda self: self[2])
    defaults = property(lambda self: self[3])
    kwonlyargs = property(lambda self: self[4])
    kwonlydefaults = property(lambda self: self[5])
    annotations = property(lambda self: self[6])


def getsource(obj):
    raise OSError("could not get source code")


def getmodule(obj):
    if ismodule(obj):
        return obj
    name = getattr(obj, "__module__", None)
    return sys.modules.get(name) if name else None


def stack():
    out = []
    f = sys._getframe(1)
    while f is not None:
        out.append(FrameInfo(f, f.f_code.co_filename, f.f_lineno, f.f_code.co_name, None, None))
        f = f.f_back
    return out


class FrameInfo(tuple):
    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
