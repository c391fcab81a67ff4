try:
    import heapq
    heapq.nsmallest
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit
print(heapq.nsmallest(3, [5, 2, 8, 1, 9]), heapq.nlargest(2, [5, 2, 8, 1, 9]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3])))
print(heapq.nlargest(2, ["aaa", "b", "cc"], key=len))
