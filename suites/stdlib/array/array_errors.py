# needs: dunder_name
try:
    from array import array
except ImportError:
    print("SKIP")
    raise SystemExit
def check(fn):
    try:
        print(fn())
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(type(e).__name__ + ":", e)
check(lambda: array("B", [256]))
check(lambda: array("b", [-129]))
check(lambda: array("i", ["a"]))
check(lambda: array("Z", [1]))
check(lambda: array("i", [1])[5])
check(lambda: array("i").pop())
