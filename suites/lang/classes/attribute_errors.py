class C:
    pass
c = C()
def check(fn):
    try:
        fn()
    except AttributeError as e:
        print("AttributeError:", e)
check(lambda: c.missing)
check(lambda: C.missing)
check(lambda: (1).foo)
check(lambda: "s".foo)
check(lambda: [].nope)
check(lambda: None.x)
import sys
check(lambda: sys.no_such_thing)
