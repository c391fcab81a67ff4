a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({7}), {1} <= a, {1} < {1}, a > {1})
c = set(a)
c |= {10}; c &= {1, 10, 2}; c -= {2}; c ^= {99}
print(sorted(c))
d = {1, 2, 3}
d.update([4], (5,)); d.intersection_update({1, 2, 3, 4, 5, 6}); d.difference_update({1}); d.symmetric_difference_update({2, 7})
print(sorted(d))
