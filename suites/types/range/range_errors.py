# needs: dunder_name, float
def check(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)
check(lambda: range(1.5))
check(lambda: range(0, 5, 0))
check(lambda: range(5)[10])
check(lambda: range(5).index(7))
check(lambda: range())
check(lambda: range(1, 2, 3, 4))
r = range(3)
def setitem():
    r[0] = 1
check(setitem)
