# needs: dunder_name
def check(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)
check(lambda: {}["k"])
check(lambda: {}[("t", 1)])
check(lambda: {}.pop("k"))
check(lambda: {}.popitem())
check(lambda: {[]: 1})
check(lambda: dict([1, 2]))
check(lambda: dict([(1, 2, 3)]))
check(lambda: {"a": 1}.get())
