# needs: asyncio
try:
    import asyncio
except ImportError:
    print("SKIP")
    raise SystemExit
async def forever():
    try:
        while True:
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("cancelled inside")
        raise
async def main():
    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError")
asyncio.run(main())
