def gen():
    yield 1
g = gen()
print(g.gi_running, g.gi_frame is not None)
next(g)
try:
    next(g)
except StopIteration:
    pass
print(g.gi_frame is None)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
