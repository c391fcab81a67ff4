def f(x):
    return g(x)
def g(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e
try:
    f(0)
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__)
def h():
    try:
        {}["x"]
    except KeyError:
        raise TypeError("during")
h()
