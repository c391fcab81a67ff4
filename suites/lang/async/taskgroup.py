# asyncio.TaskGroup (3.11): waiting, cancelling siblings on failure, ExceptionGroup.
# needs: exceptgroup, fstring
import asyncio
async def work(n, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(f"work {n} failed")
        print("done", n)
        return n
    except asyncio.CancelledError:
        print("cancelled", n)
        raise
async def main():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(work(i, 0.01 * i)) for i in range(3)]
    print([t.result() for t in ts])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(1, 0.01, fail=True))
            tg.create_task(work(2, 0.05))
            await asyncio.sleep(1)
            print("body not reached")
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(3, 0.01, fail=True))
            tg.create_task(work(4, 0.01, fail=True))
    except ExceptionGroup as eg:
        print(eg.message, sorted(str(e) for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(5, 0.05))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", eg.exceptions)
    tg = asyncio.TaskGroup()
    coro = work(6, 0)
    try:
        tg.create_task(coro)
    except RuntimeError:
        print("not entered: RuntimeError")
    coro.close()
asyncio.run(main())
