# needs: dunder_name
t = (1, 2)
def check(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)
def assign():
    t[0] = 5
check(assign)
check(lambda: t[5])
check(lambda: t.index(9))
check(lambda: t + [3])
check(lambda: t.append(3))
check(lambda: hash(([],)))
print(hash((1, 2)) == hash((1, 2)))
