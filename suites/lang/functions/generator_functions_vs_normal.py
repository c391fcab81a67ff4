# needs: dunder_name
def normal():
    return [1, 2]
def gen():
    yield 1
    yield 2
print(normal(), list(gen()))
print(type(normal()).__name__, type(gen()).__name__)
def maybe(flag):
    if flag:
        yield "yielded"
    return
print(list(maybe(True)), list(maybe(False)))
