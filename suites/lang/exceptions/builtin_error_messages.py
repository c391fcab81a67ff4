# needs: dunder_name
def check(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
check(lambda: int("abc"))
check(lambda: int("12", 2))
check(lambda: int(""))
check(lambda: [1, 2].index(5))
check(lambda: [].pop())
check(lambda: {}.popitem())
check(lambda: "abc".index("z"))
check(lambda: chr(-1))
check(lambda: set().pop())
check(lambda: "a,b".split(""))
check(lambda: [1].remove(2))
check(lambda: iter(5))
check(lambda: next(iter([])))
