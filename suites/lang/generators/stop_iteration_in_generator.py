# needs: dunder_name
def gen():
    yield 1
    raise StopIteration("inside")
g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
def uses_next():
    it = iter([])
    try:
        yield next(it)
    except StopIteration:
        yield "handled"
print(list(uses_next()))
