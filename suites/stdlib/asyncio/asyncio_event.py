try:
    import asyncio
except ImportError:
    print("SKIP")
    raise SystemExit
async def waiter(ev, log):
    log.append("waiting")
    await ev.wait()
    log.append("woken")
async def main():
    ev = asyncio.Event()
    log = []
    t = asyncio.create_task(waiter(ev, log))
    await asyncio.sleep(0)
    print(ev.is_set(), log)
    ev.set()
    await t
    print(ev.is_set(), log)
asyncio.run(main())
