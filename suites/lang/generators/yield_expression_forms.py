def g():
    x = yield
    print("x =", x)
    y = (yield 1) + 10
    print("y =", y)
    z = yield 2, 3
    print("z =", z)
    lst = [(yield "in list")]
    print("lst =", lst)
gen = g()
print(next(gen))
print(gen.send("first"))
print(gen.send(5))
print(gen.send("zz"))
try:
    gen.send("last")
except StopIteration:
    print("done")
