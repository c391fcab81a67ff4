# A generator suspended inside an except clause keeps its own
# sys.exc_info(); its caller does not see that exception.
import sys


def g():
    try:
        raise KeyError("in generator")
    except KeyError:
        yield 1
        print("generator sees", repr(sys.exc_info()[1]))
        yield 2


it = g()
next(it)
print("caller sees", sys.exc_info())
try:
    raise ValueError("caller")
except ValueError:
    next(it)
    print("caller still sees", repr(sys.exc_info()[1]))
try:
    1 / 0
except ZeroDivisionError as e:
    print("context", repr(e.__context__))
