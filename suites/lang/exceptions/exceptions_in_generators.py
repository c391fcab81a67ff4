def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
g = gen()
for v in g:
    print(v)
    break
print("after loop")
g.close()  # explicit close runs the finally (don't rely on refcounting)
print("closed")
def bad():
    yield 1
    raise ValueError("from generator")
try:
    for v in bad():
        print("got", v)
except ValueError as e:
    print("ValueError:", e)
