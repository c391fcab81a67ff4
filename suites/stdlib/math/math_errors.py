# needs: dunder_name
try:
    import math
except ImportError:
    print("SKIP")
    raise SystemExit
def check(fn):
    try:
        print(fn())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
check(lambda: math.sqrt(-1))
check(lambda: math.log(0))
check(lambda: math.log(-1))
check(lambda: math.exp(1000))
check(lambda: math.factorial(-1))
check(lambda: math.floor(math.inf))
check(lambda: math.acos(2))
check(lambda: math.sqrt("x"))
