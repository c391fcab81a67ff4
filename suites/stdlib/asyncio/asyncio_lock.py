try:
    import asyncio
except ImportError:
    print("SKIP")
    raise SystemExit
log = []
async def worker(lock, name):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0)
        log.append(name + " out")
async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker(lock, "a"), worker(lock, "b"))
    print(lock.locked())
asyncio.run(main())
print(log)
