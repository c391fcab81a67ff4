n = 1000
sq = [i * i for i in range(n)]
print(len(sq), sq[-1], sum(sq))
evens = {i for i in range(n) if i % 2 == 0}
print(len(evens))
d = {i: str(i) for i in range(n)}
print(len(d), d[999])
