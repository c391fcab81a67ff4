# needs: dunder_name
def check(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, repr(e))
def r1():
    raise ValueError
def r2():
    raise ValueError("inst")
def r3():
    raise 42
def r4():
    class NotExc: pass
    raise NotExc
check(r1)
check(r2)
check(r3)
check(r4)
try:
    raise KeyError("a") from 5
except TypeError as e:
    print("TypeError:", e)
