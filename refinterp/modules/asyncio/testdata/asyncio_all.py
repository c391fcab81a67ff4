import asyncio
log = []
async def worker(name, n):
    for i in range(n):
        log.append((name, i))
        await asyncio.sleep(0)
    return name * n
async def main():
    t1 = asyncio.create_task(worker('a', 3))
    t2 = asyncio.create_task(worker('b', 2))
    print(t1.done(), await t1, await t2, t1.done(), t1.result())
    print(log)
    r = await asyncio.sleep(0.01, result='slept')
    print(r)
    async def forever():
        try:
            await asyncio.sleep(100)
        except asyncio.CancelledError:
            print('forever cancelled')
            raise
    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print('await cancelled task -> CancelledError', t.cancelled(), t.done())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.05)
    except asyncio.TimeoutError:
        print('timeout', asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(worker('c', 1), 1))
    res = await asyncio.gather(*(worker(x, 1) for x in 'xyz'))
    print(res, await asyncio.gather())
    lock = asyncio.Lock()
    order = []
    async def locked(n):
        async with lock:
            order.append(('in', n))
            await asyncio.sleep(0.01)
            order.append(('out', n))
    await asyncio.gather(locked(1), locked(2), locked(3))
    print(order, lock.locked())
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        return i
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), [t.done() for t in ts])
    ev.set()
    print(await asyncio.gather(*ts))
    q = asyncio.Queue(maxsize=1)
    out = []
    async def prod():
        for i in range(4):
            await q.put(i)
            out.append(('put', i))
    async def cons():
        for i in range(4):
            v = await q.get()
            out.append(('get', v))
            q.task_done()
    await asyncio.gather(prod(), cons())
    print(out, q.empty(), q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.1, 'slow')), asyncio.create_task(asyncio.sleep(0.01, 'fast'))], return_when=asyncio.FIRST_COMPLETED)
    print([d.result() for d in done], len(pending))
    for p in pending:
        p.cancel()
    tm = []
    async def timed(name, d):
        await asyncio.sleep(d)
        tm.append(name)
    await asyncio.gather(timed('c', 0.03), timed('a', 0.01), timed('b', 0.02), timed('a2', 0.01))
    print(tm)
    async def boom():
        raise KeyError('x')
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(t.done(), repr(t.exception()))
    sem = asyncio.Semaphore(2)
    active = []
    async def limited(i):
        async with sem:
            active.append(i)
            await asyncio.sleep(0.01)
    await asyncio.gather(*(limited(i) for i in range(4)))
    print(active)
    return 'main done'
print(asyncio.run(main()))
async def fails():
    await asyncio.sleep(0)
    raise ValueError('from main')
try:
    asyncio.run(fails())
except ValueError as e:
    print('run raised', e)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(worker('L', 2)))
loop.close()
