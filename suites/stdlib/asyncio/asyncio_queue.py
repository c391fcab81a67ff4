try:
    import asyncio
    asyncio.Queue
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit
async def producer(q):
    for i in range(3):
        await q.put(i)
    await q.put(None)
async def consumer(q, out):
    while True:
        v = await q.get()
        if v is None:
            break
        out.append(v * 10)
async def main():
    q = asyncio.Queue()
    out = []
    await asyncio.gather(producer(q), consumer(q, out))
    return out
print(asyncio.run(main()))
