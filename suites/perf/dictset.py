# bench: dict and set churn: insert, delete, lookup, membership with int, str and tuple keys; set algebra
# params 1000MHz 64MiB: N = 30000
# params 48MHz 128KiB: N = 1500
# params 16MHz 16KiB: N = 100

# Four workloads, each driven by a small linear congruential generator:
# a table of int keys where every step inserts, updates, deletes or looks
# up; a symbol table of str keys, some reused (hash once) and some freshly
# built; Conway's life on a torus as a set of (x, y) tuples with neighbour
# counts in a dict; and set algebra on sets of ints. Every result is
# independent of iteration order (MicroPython's dicts and sets are not
# ordered like CPython's): sums, lengths and sorted samples.

M = 1000000007
SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "an", "el", "or")


def lcg(s):
    return (s * 1103515245 + 12345) & 0x7FFFFFFF


def int_churn(n, s):
    d = {}
    space = n // 3 + 7
    hits = 0
    acc = 0
    for i in range(n):
        s = lcg(s)
        k = (s >> 8) % space
        op = (s >> 4) & 3
        if op == 0:
            if k in d:
                del d[k]
        elif op == 1:
            d[k] = d.get(k, 0) + i
        elif op == 2:
            d[k] = i
        else:
            v = d.get(k)
            if v is not None:
                hits += 1
                acc = (acc + v * k) % M
    keys = 0
    for k in d:
        keys = (keys + k * d[k]) % M
    return len(d), hits, acc, keys, s


def str_churn(n, s):
    # A pool of names used over and over, and keys built on the spot (a
    # smaller pool on a small board).
    syl = SYLLABLES if n > 2000 else SYLLABLES[:5]
    pool = []
    for a in syl:
        for b in syl:
            pool.append(a + b)
    table = {}
    seen = set()
    acc = 0
    for i in range(n):
        s = lcg(s)
        name = pool[(s >> 8) % len(pool)]
        if s & 0x10000:
            name = name + syl[(s >> 12) % len(syl)]
        if name in table:
            acc = (acc + table[name] * len(name)) % M
            if s & 0x300 == 0:
                del table[name]
            else:
                table[name] += 1
        else:
            table[name] = i & 0xFF
        if name not in seen:
            seen.add(name)
    for k in table:
        acc = (acc + table[k] + ord(k[0]) * len(k)) % M
    first = sorted(seen)[:3]
    return len(table), len(seen), acc, first, s


def life(cells, size, generations):
    # cells: a set of (x, y) on a size x size torus.
    for g in range(generations):
        counts = {}
        for c in cells:
            x = c[0]
            y = c[1]
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    if dx or dy:
                        k = ((x + dx) % size, (y + dy) % size)
                        counts[k] = counts.get(k, 0) + 1
        born = set()
        for k in counts:
            v = counts[k]
            if v == 3 or (v == 2 and k in cells):
                born.add(k)
        cells = born
    return cells


def set_algebra(rounds, width, s):
    acc = 0
    a = set()
    b = set()
    for r in range(rounds):
        for i in range(width):
            s = lcg(s)
            a.add((s >> 8) % (width * 3))
            s = lcg(s)
            b.add((s >> 8) % (width * 3))
            s = lcg(s)
            a.discard((s >> 8) % (width * 3))
        u = a | b
        x = a & b
        d = a - b
        e = a ^ b
        acc = (acc * 31 + len(u) * 7 + len(x) * 5 + len(d) * 3 + len(e)) % M
        if x <= a and d.isdisjoint(b) and len(e) == len(u) - len(x):
            acc += 1
        a = e
        b = {v + 1 for v in x} | (d - {v for v in d if v & 1})
    return acc, len(a), len(b), sum(a) % M


ints = int_churn(N * 4, 1)
strs = str_churn(N * 2, ints[4])
side = 1
while side * side <= N:
    side += 1
size = 8 + (side - 1) // 4
s = strs[4]
cells = set()
for i in range(size * size // 3):
    s = lcg(s)
    cells.add(((s >> 8) % size, (s >> 16) % size))
start = len(cells)
cells = life(cells, size, 3 + N // 1500)
alg = set_algebra(N // 20 + 2, 16 + N // 500, s)
print("int keys", ints[:4])
print("str keys", strs[:4])
print("life", size, start, len(cells), sum([x * size + y for x, y in cells]) % M)
print("sets", alg)
