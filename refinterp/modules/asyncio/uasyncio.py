# uasyncio for refinterp: MicroPython's name for asyncio, plus sleep_ms.
from asyncio import *
from asyncio import run, sleep, gather, create_task, get_event_loop, new_event_loop


async def sleep_ms(t, result=None):
    """Sleep for t milliseconds (MicroPython)."""
    return await sleep(t / 1000, result)


class ThreadSafeFlag:
    """MicroPython's ThreadSafeFlag: an auto-clearing event."""

    def __init__(self):
        self._event = Event()

    def set(self):
        self._event.set()

    def clear(self):
        self._event.clear()

    async def wait(self):
        await self._event.wait()
        self._event.clear()
