# The type names of the built-in iterators, as CPython 3.11 names them.
d = {"a": 1, "b": 2}
cases = [
    iter("ab"), iter("é"), iter([]), iter(()), iter(d), iter(d.values()), iter(d.items()),
    reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items()),
    reversed([1]), reversed((1,)), reversed("ab"), iter(range(3)), reversed(range(3)),
    iter(set()), iter(frozenset()), iter(b"x"), iter(bytearray(b"x")), iter(memoryview(b"x")),
    zip(), map(str, []), filter(None, []), enumerate([]), iter(int, 1),
]
for it in cases:
    print(type(it).__name__, iter(it) is it)
print(list(reversed(d.items())), list(reversed(d.values())))
it = reversed([1, 2, 3])
print(next(it), it.__next__(), list(it))
