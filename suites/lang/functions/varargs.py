# needs: dunder_name, unpack
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3))
print(type(f()).__name__)
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
print(f(*[1, 2], *"ab", 3))
print(g(*range(4)))
def h(*args, sep="-"):
    return sep.join(args)
print(h("a", "b"), h("a", "b", sep="+"))
