def gen():
    yield 1
    return "done"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
e = StopIteration(5)
print(e.value)
print(StopIteration().value)
