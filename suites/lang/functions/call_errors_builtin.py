def check(fn):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
check(lambda: len())
check(lambda: len(1, 2))
check(lambda: len(5))
check(lambda: abs("x"))
check(lambda: int(1, 2, 3))
check(lambda: None())
check(lambda: "abc"())
check(lambda: [].append())
