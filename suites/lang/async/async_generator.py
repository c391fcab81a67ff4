# needs: dunder_name
async def agen(n):
    for i in range(n):
        yield i * 10
async def main():
    res = [v async for v in agen(3)]
    g = agen(2)
    first = await g.__anext__()
    return res, first
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
print(type(agen(1)).__name__)
