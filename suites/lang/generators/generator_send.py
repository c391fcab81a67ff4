def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    yield received
g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
print(g.send(None))
def acc():
    total = 0
    while True:
        total += yield total
a = acc()
next(a)
print(a.send(5), a.send(10))
g2 = echo()
try:
    g2.send("not None")
except TypeError as e:
    print("TypeError:", e)
