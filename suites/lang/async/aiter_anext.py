# The aiter() and anext() built-ins (3.10), with and without a default.
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def letters():
    for c in "ab":
        yield c


async def main():
    it = aiter(Countdown(2))
    print(await anext(it), await anext(it))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g = letters()
    print(aiter(g) is g, await anext(g), await anext(g), await anext(g, None))
    try:
        aiter(5)
    except TypeError as e:
        print(e)
    try:
        anext([])
    except TypeError as e:
        print(e)


asyncio.run(main())
