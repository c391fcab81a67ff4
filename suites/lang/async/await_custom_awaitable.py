class Step:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        v = yield self.label
        return "{}->{}".format(self.label, v)
async def task():
    a = await Step("first")
    b = await Step("second")
    return [a, b]
c = task()
print(c.send(None))
print(c.send("x"))
try:
    c.send("y")
except StopIteration as e:
    print(e.value)
