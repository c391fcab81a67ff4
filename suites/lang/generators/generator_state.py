def gen():
    print("running inside:", g.gi_running)
    yield 1
g = gen()
print(g.gi_running)
next(g)
print(g.gi_running)
try:
    next(g)
except StopIteration:
    print("finished")
print(g.gi_running)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
