try:
    from collections import deque
except ImportError:
    print("SKIP")
    raise SystemExit
d = deque(range(5))
print(list(d), list(reversed(d)), sum(d), 3 in d, d[2])
d[2] = 20
print(d)
del d[0]
print(d, len(d))
out = []
while d:
    out.append(d.popleft() if len(d) % 2 else d.pop())
print(out)
