# needs: random
try:
    import heapq
except ImportError:
    print("SKIP")
    raise SystemExit
import random
random.seed(3)
data = [random.randint(0, 1000) for _ in range(200)]
h = list(data)
heapq.heapify(h)
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(data), len(out))
h = []
for v in ["pear", "apple", "fig"]:
    heapq.heappush(h, v)
print(heapq.heappop(h), h[0])
