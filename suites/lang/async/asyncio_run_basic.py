# needs: asyncio
try:
    import asyncio
except ImportError:
    print("SKIP")
    raise SystemExit
async def compute(x):
    await asyncio.sleep(0)
    return x * 2
async def main():
    r = await compute(21)
    print("computed", r)
    return "main done"
print(asyncio.run(main()))
