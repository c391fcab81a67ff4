import inspect
import functools


def f(a, b: int = 1, *args, c, d="x", **kw) -> str:
    """Docstring.

        Indented line.
    """


def g(x, /, y, *, z=3):
    pass


class A:
    """Class doc."""

    def __init__(self, p, q=2):
        self.p = p

    def meth(self, r):
        return r

    @classmethod
    def cm(cls, s):
        pass

    @staticmethod
    def sm(t):
        pass


def gen():
    yield 1


async def co():
    pass


print(inspect.signature(f))
print(inspect.signature(g))
print(inspect.signature(A))
print(inspect.signature(A(1).meth), inspect.signature(A.meth), inspect.signature(A.cm), inspect.signature(A.sm))
print(inspect.signature(lambda *a, **k: 0))
sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is inspect.Parameter.empty, p.annotation)
print(sig.return_annotation, sig.parameters["b"])
ba = sig.bind(1, 2, 3, c=4, e=5)
print(ba.arguments, ba.args, ba.kwargs)
try:
    sig.bind()
except TypeError as e:
    print(e)
ba = inspect.signature(g).bind(1, 2)
ba.apply_defaults()
print(ba.arguments)
print(inspect.isfunction(f), inspect.isfunction(A(1).meth), inspect.ismethod(A(1).meth), inspect.isclass(A))
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(co))
c = co()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
print(inspect.isbuiltin(len), inspect.isroutine(len), inspect.isroutine(f), inspect.ismodule(inspect))
print([n for n, _ in inspect.getmembers(A, inspect.isfunction)])
print([n for n, _ in inspect.getmembers(A(1)) if not n.startswith("__")])
print(inspect.getdoc(f))
print(inspect.getdoc(A), inspect.cleandoc("  a\n    b\n  c"))
print(inspect.currentframe().f_code.co_name)


@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)


print(inspect.signature(wrapper), inspect.unwrap(wrapper) is f)
print(inspect.signature(functools.partial(g, 1)))
print(inspect.getfullargspec(f))
print(inspect.getmro(bool))
