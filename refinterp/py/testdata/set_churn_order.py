def lcg(s):
    return (s * 1103515245 + 12345) & 0x7FFFFFFF
s = 7
a, b = set(), set()
for i in range(2000):
    s = lcg(s); a.add((s >> 8) % 3000)
    s = lcg(s); b.add((s >> 8) % 3000)
    s = lcg(s); a.discard((s >> 8) % 3000)
print(list(a & b)[:20], list(a - b)[:20], list(a | b)[:20], list(a ^ b)[:20], list(b - a)[-10:])
x = set(range(100)); x -= set(range(0, 100, 3)); x.add(300); x.add(3)
print(list(x))
for n in (5, 50, 500):
    t = set()
    for i in range(n):
        t.add(i * 37 % 101); t.add(-i); t.discard(i * 2)
    print(list(t))
print(list({"a", "b"} & {"b", "c"}), sorted({(1, 2), (3, 4)} | {(1, 2)}))
print(list(frozenset(range(20)) - {3, 4}), type(frozenset(range(3)) & {1}))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 3
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return "K%d" % self.v
u = set(K(i) for i in range(10)); u.add(K(4)); u.add(K(11))
print(sorted(u, key=lambda k: k.v), len(u))
