# needs: dunder_name
def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
try:
    f()
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
except ValueError:
    print("not this")
def g():
    try:
        raise ValueError
    except ValueError:
        pass
    finally:
        print("finally after handled")
    return "ok"
print(g())
