# needs: dunder_name
try:
    import asyncio
except ImportError:
    print("SKIP")
    raise SystemExit
async def ok(v):
    await asyncio.sleep(0)
    return v
async def bad():
    await asyncio.sleep(0)
    raise ValueError("bad task")
async def main():
    try:
        await asyncio.gather(ok(1), bad())
    except ValueError as e:
        print("gather raised", e)
    res = await asyncio.gather(ok(1), bad(), return_exceptions=True)
    print(res[0], type(res[1]).__name__, res[1])
asyncio.run(main())
