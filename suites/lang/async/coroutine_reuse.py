async def once():
    return "value"
c = once()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def awaits_twice():
    inner = once()
    a = await inner
    try:
        await inner
    except RuntimeError as e:
        return a, str(e)
try:
    awaits_twice().send(None)
except StopIteration as e:
    print(e.value)
