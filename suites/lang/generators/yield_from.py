def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], range(2))))
def delegate():
    yield from []
    return "empty"
g = delegate()
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
