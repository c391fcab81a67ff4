# misc semantics
a = [1, 2, 3]
b = a
b += [4]
print(a is b, a)
t = (1, 2)
t2 = t
t2 += (3,)
print(t, t2)
s = {1, 2}; s |= {3}; print(s)
d = {1: 1}; d |= {2: 2}; print(d)
x = y = 0
x += 1
print(x, y)
print([1, 2] * 2, 2 * [0], "ab" * 0, [[]] * 2)
nested = [[1, 2], [3, 4]]
print([row[i] for row in nested for i in range(2)], [[r[i] for r in nested] for i in range(2)])
print(sum(x for x in range(5)), max(x * x for x in [-3, 2]), tuple(i for i in "ab"))
g = (i * i for i in range(3)); print(next(g), list(g), list(g))
def fgen():
    yield from range(3)
    return "done"
print(list(fgen()))
print(sorted([3, 1, 2], key=lambda v: -v), sorted(["b", "A", "c"], key=str.lower))
print(list(zip(*[(1, "a"), (2, "b")])), dict(enumerate("ab")))
print(isinstance([], (int, list)), issubclass(int, (str, object)))
print(getattr(1, "real"), hasattr("", "upper"), getattr(1, "nope", "dflt"))
class O: pass
o = O(); setattr(o, "v", 5); print(o.v, vars(o), o.__dict__); delattr(o, "v"); print(hasattr(o, "v"))
print(type(O()).__name__, O.__name__, O.__qualname__, O.__module__, str(O)[:16], repr(O()).startswith("<__main__.O object at 0x"))
print(callable(len), callable(O), callable(1), id(o) == id(o), hash("a") == hash("a"))
print(int(True), float(3), str(None), bool(""), bool([0]), list("ab"), tuple({1: 2}))
print(1 if [] else 2, [] or {} or "x", 3 and 4 and 5)
print(abs(-0.5), round(0.5), round(1.5), round(2.675, 2), pow(3, -1), 10 ** -2)
print(0o17, 0x1F, 0b101, 1_000_000, 1e3, .5, 5., 3j)
print("a" "b", r"\n", b"\x00\xff", '''tri
ple''')
print(f"{'nested {x}'}" , f"{1+2=}", f"{'a'!r:>5}", f"{3.0:g}", f"{1234.5678:,.2f}")
i = 0
while i < 3:
    i += 1
else:
    print("while-else", i)
for ch in "ab":
    pass
print(ch)
try:
    pass
except Exception:
    pass
else:
    print("else ran")
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def exc_in_loop():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        except ValueError as e:
            out.append(-e.args[0])
            continue
        finally:
            out.append("f")
    return out
print(exc_in_loop())
del a[0]; print(a)
del d[1]; print(d)
lst = list(range(10)); del lst[::2]; print(lst)
print(globals()["x"], "x" in locals())
def lo(a, b=1):
    c = 3
    return sorted(locals().items())
print(lo(5))
print(eval("1 + 2"), eval("x + 1", {"x": 10}), exec("z = 5") or "exec ok")
ns = {}; exec("def f(): return 7", ns); print(ns["f"]())
print(str.join(",", ["a", "b"]), "".join(reversed("abc")), "-".join(map(str, range(3))))
print(list(map(int, "1 2 3".split())), [int(c) for c in "123"])
print("%s and %r" % ("s", "r"), "%3d|%-3d|%03d" % (1, 2, 3), "%.3e" % 12345.678, "%c" % 65, "%%")
print("{!r}".format("x"), "{0[1]}".format([5, 6]), "{a.real}".format(a=3), "{:*^7}".format("mid"))
