try:
    from collections import Counter
except ImportError:
    print("SKIP")
    raise SystemExit
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"])
print(sorted(c.elements())[:6], sum(c.values()))
c.update("aaz")
print(c["a"], c["z"])
print(Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=1) + Counter(a=2, b=1))
