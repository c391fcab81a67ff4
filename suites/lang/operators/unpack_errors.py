def check(f):
    try:
        f()
        print("ok")
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
def two(v):
    a, b = v
def star(v):
    a, *b, c = v
check(lambda: two([1, 2]))
check(lambda: two([1, 2, 3]))
check(lambda: two([1]))
check(lambda: star([1]))
check(lambda: two(5))
check(lambda: two(None))
