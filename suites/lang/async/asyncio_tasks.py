# needs: asyncio
try:
    import asyncio
except ImportError:
    print("SKIP")
    raise SystemExit
async def child(n):
    await asyncio.sleep(0)
    return n + 1
async def main():
    t = asyncio.create_task(child(1))
    print("task created")
    v = await t
    print("task result", v, t.done())
    t2 = asyncio.create_task(child(5))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("finished without await:", t2.done(), t2.result() if t2.done() else None)
asyncio.run(main())
