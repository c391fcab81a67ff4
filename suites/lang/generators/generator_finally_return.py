def gen():
    try:
        yield 1
        return "normal"
    finally:
        print("finally runs on return")
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
def gen2():
    try:
        yield "a"
    finally:
        yield "from finally"
g2 = gen2()
print(next(g2))
print(next(g2))
try:
    next(g2)
except StopIteration:
    print("done")
