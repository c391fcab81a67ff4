try:
    import heapq
except ImportError:
    print("SKIP")
    raise SystemExit
h = []
for v in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(6)])
data = [9, 4, 7, 1, 0]
heapq.heapify(data)
print(data[0], heapq.heappop(data), data[0])
print(heapq.heappushpop(data, 10) if hasattr(heapq, "heappushpop") else 1)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError")
