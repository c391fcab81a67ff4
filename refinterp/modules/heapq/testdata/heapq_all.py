import heapq
data = [(i * 7919) % 101 for i in range(40)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
h2 = data[:]
heapq.heapify(h2)
print(h2)
print([heapq.heappop(h2) for _ in range(10)], h2)
print(heapq.heapreplace(h2, 50), h2[:8], heapq.heappushpop(h2, -1), heapq.heappushpop(h2, 200), h2[:8])
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len))
print(heapq.nlargest(2, [(1, 'a'), (1, 'b'), (0, 'c')], key=lambda t: t[0]), heapq.nlargest(0, data))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge(['aa', 'c'], ['b', 'ddd'], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify(None),
            lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1, 'a'], 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
hs = []
for w in ['pear', 'apple', 'fig', 'kiwi', 'banana']:
    heapq.heappush(hs, (len(w), w))
print(hs, [heapq.heappop(hs)[1] for _ in range(len(hs))])
