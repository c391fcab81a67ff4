try:
    from collections import deque
except ImportError:
    print("SKIP")
    raise SystemExit
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, list(d), 7 in d)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
