import bisect
a = [1, 2, 2, 2, 3, 5, 8]
print([bisect.bisect_left(a, x) for x in (0, 2, 4, 9)], [bisect.bisect_right(a, x) for x in (0, 2, 4, 9)], bisect.bisect(a, 2))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, lo=4), bisect.bisect_right(a, 5, hi=2))
l = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(l, x)
print(l)
bisect.insort_left(l, 4); bisect.insort_right(l, 0); print(l)
recs = [('a', 1), ('b', 3), ('c', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('z', 4), key=lambda r: r[1]); print(recs)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left('abdf', 'c'), bisect.bisect_right((1, 3, 5), 3))
for bad in [lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.bisect(None, 1), lambda: bisect.bisect([1, 'a'], 2),
            lambda: bisect.bisect_left(a), lambda: bisect.insort(a, 1, foo=2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
