# needs: dictorder
counts = {}
for w in "the cat the hat the".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in ["apple", "bean", "avocado", "beet"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
print(counts.get("dog"), counts.setdefault("dog"), counts)
