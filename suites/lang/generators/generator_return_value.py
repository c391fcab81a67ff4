def gen():
    yield 1
    return 42
def collect(g):
    items = []
    while True:
        try:
            items.append(next(g))
        except StopIteration as e:
            return items, e.value
print(collect(gen()))
def nothing():
    return "immediate"
    yield
print(collect(nothing()))
def none_ret():
    yield "x"
print(collect(none_ret()))
