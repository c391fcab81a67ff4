# needs: float
try:
    import asyncio
except ImportError:
    print("SKIP")
    raise SystemExit
order = []
async def task(name, delay):
    await asyncio.sleep(delay)
    order.append(name)
async def main():
    await asyncio.gather(task("slow", 0.03), task("fast", 0.0), task("mid", 0.015))
asyncio.run(main())
print(order)
