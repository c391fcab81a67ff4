# needs: dunder_name
def check(fn):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__ + ":", e)
check(lambda: undefined_thing)
def f():
    return later_defined
check(f)
later_defined = "now defined"
print(f())
def g():
    print(local_var)
    local_var = 1
check(g)
