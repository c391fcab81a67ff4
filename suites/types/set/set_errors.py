# needs: dunder_name
def check(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)
check(lambda: set().remove(1))
check(lambda: set().pop())
check(lambda: {[]})
check(lambda: {1} + {2})
check(lambda: {1} | [2])
check(lambda: {1}[0])
check(lambda: set().add({}))
