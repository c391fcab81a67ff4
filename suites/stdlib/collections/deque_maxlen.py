try:
    from collections import deque
except ImportError:
    print("SKIP")
    raise SystemExit
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d, d.maxlen)
d.appendleft(-1)
print(d)
d2 = deque("abc", 2)
print(d2, list(d2))
d3 = deque([1, 2, 3])
d3.clear()
print(d3, len(d3), deque([1, 2]) == deque([1, 2]))
print(deque([1, 2, 3]).count(2), deque([3, 1]).index(1))
