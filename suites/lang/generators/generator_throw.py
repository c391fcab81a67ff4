def gen():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"
g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("generator is finished")
