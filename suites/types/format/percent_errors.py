# needs: dunder_name
def check(fmt, args):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
check("%d %d", (1,))
check("%d", (1, 2))
check("%d", "x")
check("%(k)s", {"j": 1})
check("%z", 1)
check("%c", "ab")
check("%", ())
check("no args", 5)
