def gen():
    try:
        yield 1
    except ValueError:
        yield "handled"
g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("unstarted generator re-raises:", e)
try:
    next(g)
except StopIteration:
    print("and is now finished")
g = gen()
next(g)
print(g.throw(ValueError))
