# needs: dunder_name
s = {x % 3 for x in range(10)}
print(sorted(s), type(s).__name__, len(s))
print(sorted({c for c in "mississippi"}))
print({x for x in []} == set())
print(sorted({(a, b) for a in range(2) for b in range(2) if a != b}))
