def counter():
    count = 0
    items = []
    while True:
        count += 1
        items.append(count)
        cmd = yield (count, list(items))
        if cmd == "reset":
            count = 0
            items = []
g = counter()
print(next(g))
print(next(g))
print(g.send("reset"))
print(next(g))
