class Wait:
    def __await__(self):
        yield "waiting"
async def job():
    try:
        await Wait()
    except ValueError as e:
        print("job caught", e)
        return "recovered"
    finally:
        print("job finally")
c = job()
print(c.send(None))
try:
    c.throw(ValueError("cancel"))
except StopIteration as e:
    print("returned", e.value)
c2 = job()
c2.send(None)
c2.close()
print("closed")
