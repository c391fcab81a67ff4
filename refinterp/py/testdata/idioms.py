class A:
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def st():
        return "st"
class B(A):
    @classmethod
    def make(cls):
        return "B+" + super().make()
print(B.make(), B().make(), B.st())
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n:
            yield n.v
            n = n.nxt
print(list(Node(1, Node(2, Node(3)))))
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "stop":
            return i
        i += 1
c = counter(); next(c); next(c)
try:
    c.send("stop")
except StopIteration as e:
    print("stopped at", e.value)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(e)
print(sorted(set("hello")), "".join(sorted("hello")))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*matrix))))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(3)))
words = "the quick brown fox jumps over the lazy dog".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(max(words, key=len), min(words), sorted(words, key=lambda w: (len(w), w))[:3])
s = "Hello"
print(s.center(11, "-"), s.ljust(8, ".") + "|", s.rjust(8) + "|", s * 2, s[1:-1])
print("%-10s|%10.3f|" % ("left", 3.14159), f"{'x':<4}|{7:03}|{-1.5:+.1f}")
import sys
x = 0
def add(n):
    global x
    x += n
for i in range(5):
    add(i)
print(x)
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10))
print(int("-0"), float("-0"), 7 // 2 * 2 + 7 % 2, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 / 4, 10 // 4, 10 % 4, -10 // 4, -10 % 4, 10.5 // 3, round(10 / 3, 3))
print(0.1 * 3, 1 / 3 * 3, 1e-10, 123e5, 1.23456789e-5, float(10 ** 16), 2.5e-3)
