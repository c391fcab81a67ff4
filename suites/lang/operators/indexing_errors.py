# needs: dunder_name
def check(f):
    try:
        print(f())
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
check(lambda: [1, 2][5])
check(lambda: (1,)[-2])
check(lambda: "ab"[2])
check(lambda: {}["missing"])
check(lambda: [1]["0"])
check(lambda: 5[0])
check(lambda: [1, 2][-1])
