def sq(x):
    return x * x
print([sq(x) for x in range(4)])
print(sorted([(len(w), w) for w in ["ccc", "a", "bb"]]))
print(sum([x for x in range(10)]), max(x % 7 for x in range(20)))
print("".join([c for c in "h-e-l-l-o" if c != "-"]))
print(list(map(lambda r: [c * 2 for c in r], ["ab", "c"])))
