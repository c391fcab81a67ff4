# Everything is built before the first print, so a board without the memory
# fails before any output (too-large) rather than half-way (crash).
n = 1000
sq = [i * i for i in range(n)]
evens = {i for i in range(n) if i % 2 == 0}
d = {i: str(i) for i in range(n)}
print(len(sq), sq[-1], sum(sq))
print(len(evens))
print(len(d), d[999])
