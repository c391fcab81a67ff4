def churn(n):
    d = {}
    l = []
    for i in range(n):
        k = i % 1000
        d[k] = d.get(k, 0) + 1
        l.append(i)
        if len(l) > 100:
            l.pop(0)
    return sum(d.values()) + len(l)
print(churn(500000))
