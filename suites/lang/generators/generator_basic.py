# needs: dunder_name
def gen(n):
    for i in range(n):
        yield i * i
g = gen(4)
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
def empty():
    return
    yield
print(list(empty()))
def two():
    print("start")
    yield "a"
    print("middle")
    yield "b"
    print("end")
for x in two():
    print(x)
