# needs: dunder_name
s = {3, 1, 2}
print(sorted(s), len(s), 1 in s, 5 not in s)
s.add(4); s.add(1)
print(sorted(s))
s.discard(10); s.discard(4)
print(sorted(s))
s.remove(3)
print(sorted(s))
print(set(), set([1, 1, 2]) == {1, 2}, sorted(set("hello")))
print(type({1}).__name__, type({}).__name__)
