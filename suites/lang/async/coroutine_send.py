# needs: dunder_name
async def add(a, b):
    return a + b
c = add(1, 2)
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
async def outer():
    x = await add(3, 4)
    y = await add(x, 10)
    return y
try:
    outer().send(None)
except StopIteration as e:
    print("outer result", e.value)
