def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, re-raising")
        raise
try:
    f()
except ValueError as e:
    print("outer got", e)
def g():
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
    raise err
try:
    g()
except KeyError as e:
    print("re-raised stored", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
