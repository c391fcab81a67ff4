# needs: dunder_name
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a: a)(1, 2))
print((lambda a, b=2, *c, d, **e: (a, b, c, d, e))(1, d=4))
print(sorted(["bb", "a", "ccc"], key=lambda s: len(s)))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(7))))
print(sq.__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(2))
