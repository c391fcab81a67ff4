# needs: dunder_name
def check(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)
check(lambda: "a" + 1)
check(lambda: "a" - "b")
check(lambda: "abc".foo())
check(lambda: "x".center())
check(lambda: "x".split(1))
check(lambda: "x".replace("a"))
check(lambda: "x".zfill("3"))
check(lambda: "%d" % "s")
