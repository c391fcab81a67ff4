class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        yield ("sleep", self.n)
def run_all(coros):
    # a tiny round-robin scheduler, driving coroutines by hand
    queue = [(name, c) for name, c in coros]
    results = {}
    while queue:
        name, c = queue.pop(0)
        try:
            req = c.send(None)
            print(name, "yielded", req)
            queue.append((name, c))
        except StopIteration as e:
            results[name] = e.value
    return results
async def worker(name, steps):
    for i in range(steps):
        await Sleep(i)
    return name.upper()
print(run_all([("a", worker("a", 2)), ("b", worker("b", 1))]))
