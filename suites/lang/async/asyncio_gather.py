# needs: asyncio
try:
    import asyncio
except ImportError:
    print("SKIP")
    raise SystemExit
log = []
async def worker(name, n):
    for i in range(n):
        log.append("{}{}".format(name, i))
        await asyncio.sleep(0)
    return name * n
async def main():
    return await asyncio.gather(worker("a", 3), worker("b", 2))
print(asyncio.run(main()))
print(log)
