# needs: asyncio, float
try:
    import asyncio
except ImportError:
    print("SKIP")
    raise SystemExit
async def fails():
    await asyncio.sleep(0)
    raise ValueError("task failed")
async def main():
    try:
        await fails()
    except ValueError as e:
        print("caught", e)
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
asyncio.run(main())
