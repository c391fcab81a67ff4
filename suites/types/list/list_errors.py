# needs: dunder_name
def check(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)
check(lambda: [].pop())
check(lambda: [1].pop(5))
check(lambda: [1].remove(2))
check(lambda: [1].index(2))
check(lambda: [1][1])
check(lambda: [1]["a"])
check(lambda: [1] + 1)
check(lambda: [].insert("x", 1))
check(lambda: [1, 2].pop("0"))
