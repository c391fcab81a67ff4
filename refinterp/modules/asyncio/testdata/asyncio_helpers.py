import asyncio
async def f(): pass
def g(): pass
print(asyncio.iscoroutinefunction(f), asyncio.iscoroutinefunction(g))
c = f(); print(asyncio.iscoroutine(c)); c.close()
async def main():
    t = asyncio.current_task(); print(t.get_name(), len(asyncio.all_tasks()))
    async with asyncio.timeout(0.01):
        await asyncio.sleep(0.001)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout cm")
    print(await asyncio.shield(asyncio.sleep(0, 3)))
    r = []
    for c in asyncio.as_completed([asyncio.sleep(0.02, "b"), asyncio.sleep(0.01, "a")]):
        r.append(await c)
    print(r)
asyncio.run(main())
