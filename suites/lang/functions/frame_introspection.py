# sys._getframe: the caller's name and line, f_back, f_locals; gi_frame/gi_code.
import sys


def whoami():
    return sys._getframe(1).f_code.co_name


def caller_line():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno


def outer():
    return whoami(), caller_line()


print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno)


def with_locals(a, b=2):
    c = a + b
    return sys._getframe().f_locals


print(with_locals(1))
print(sys._getframe().f_back)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)


def gen():
    yield 1


g = gen()
print(g.gi_code.co_name, g.gi_frame is not None, g.gi_suspended)
next(g)
print(g.gi_suspended, g.gi_frame.f_code.co_name)
list(g)
print(g.gi_frame)
