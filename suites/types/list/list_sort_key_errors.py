def check(fn):
    try:
        print(fn())
    except TypeError as e:
        print("TypeError:", e)
check(lambda: sorted([1, None]))
check(lambda: sorted([3, 1], key=5))
check(lambda: [2, 1].sort(lambda a: a))
check(lambda: sorted([{"a": 1}, {"b": 2}]))
check(lambda: sorted([{"a": 1}, {"b": 2}], key=lambda d: list(d)))
