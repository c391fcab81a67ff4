try:
    import heapq
except ImportError:
    print("SKIP")
    raise SystemExit
tasks = []
for prio, name in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "also urgent")]:
    heapq.heappush(tasks, (prio, name))
order = []
while tasks:
    order.append(heapq.heappop(tasks)[1])
print(order)
