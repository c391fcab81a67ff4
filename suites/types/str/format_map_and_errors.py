# needs: dunder_name
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {zz}".format_map(D(a=1)))
def check(fmt, *a):
    try:
        print(fmt.format(*a))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
check("{0} {}", 1, 2)
check("{:d}", "str")
check("{", 1)
check("}", 1)
check("{:q}", 1)
