def inner():
    x = yield "i1"
    print("inner got", x)
    try:
        yield "i2"
    except KeyError:
        print("inner handled KeyError")
        yield "i3"
    return "ret"
def outer():
    r = yield from inner()
    yield "outer " + r
g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError))
print(next(g))
