class Sleep:
    def __await__(self):
        yield "tick"
        return 5
async def inner(x):
    v = await Sleep()
    return x + v
async def outer():
    a = await inner(1)
    b = await inner(2)
    return a + b
def run(coro):
    try:
        while True:
            r = coro.send(None)
            print("yielded", r)
    except StopIteration as e:
        return e.value
print(run(outer()))
class ACM:
    async def __aenter__(self):
        print("aenter"); return self
    async def __aexit__(self, *a):
        print("aexit", a[0]); return False
async def agen():
    for i in range(3):
        yield i
async def use():
    async with ACM() as m:
        out = []
        async for x in agen():
            out.append(x)
        return out
print(run(use()))
c = outer()
print(type(c).__name__)
c.close()
