for src in ("await x", "def f():\n    await x", "async def f():\n    yield from x"):
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
async def f():
    return 1
c = f()
c.close()
try:
    [x for x in f]
except TypeError as e:
    print("TypeError:", e)
