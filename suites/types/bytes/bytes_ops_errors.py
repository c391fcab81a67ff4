def check(fn):
    try:
        print(fn())
    except TypeError as e:
        print("TypeError:", e)
check(lambda: b"a" + "b")
check(lambda: b"a" + 1)
check(lambda: b"a" * b"b")
check(lambda: b"%s" % b"x")
check(lambda: b"%d-%s" % (5, b"y"))
check(lambda: b"abc".split(","))
check(lambda: b"" == "")
