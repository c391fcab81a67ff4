# bench: deep yield from: delegating generator chains and recursive tree walks
# params 1000MHz 64MiB: N = 10000; DEPTH = 20; TREE = 15
# params 48MHz 64KiB: N = 300; DEPTH = 20; TREE = 8
# params 16MHz 8KiB: N = 30; DEPTH = 8; TREE = 5


def leaf(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total


def chain(depth, n):
    # Each level delegates to the next and passes the inner result upward,
    # so values and send() go through every frame.
    if depth == 0:
        result = yield from leaf(n)
    else:
        result = yield from chain(depth - 1, n)
    return result + depth


def drive(depth, n):
    g = chain(depth, n)
    acc = 0
    value = g.send(None)
    try:
        while True:
            acc += value
            value = g.send(value & 7)
    except StopIteration as stop:
        return acc, stop.value


def tree(depth, label):
    # A full binary tree of nested tuples: (left, label, right).
    if depth == 0:
        return None
    return (tree(depth - 1, label * 2), label, tree(depth - 1, label * 2 + 1))


def walk(node):
    if node is None:
        return
    left, label, right = node
    yield from walk(left)
    yield label
    yield from walk(right)


acc, result = drive(DEPTH, N)
print("chain", acc, result)
t = tree(TREE, 1)
check = 0
count = 0
for label in walk(t):
    check = (check * 3 + label) % 1000003
    count += 1
print("tree nodes", count, "check", check)
