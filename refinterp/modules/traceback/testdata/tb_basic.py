import sys
import traceback


def inner(x):
    raise ValueError('bad value %d' % x)


def outer():
    inner(3)


def show(s):
    # paths differ between machines: keep the file's base name only
    print(s.replace(__file__, 'FILE'), end='')


try:
    outer()
except ValueError:
    show(traceback.format_exc())
    exc = sys.exc_info()[1]
    show(''.join(traceback.format_exception(exc)))
    print(traceback.format_exception_only(exc))
    print(traceback.format_exception_only(type(exc), exc))
    tb = traceback.extract_tb(exc.__traceback__)
    print(len(tb))
    for fs in tb:
        print(fs.filename == __file__, fs.lineno, fs.name, repr(fs.line))
    print([f.lineno for f in traceback.extract_tb(exc.__traceback__, limit=2)])
    show(''.join(traceback.format_tb(exc.__traceback__)))
    traceback.print_exc(file=sys.stdout) if False else None


class MyError(Exception):
    pass


try:
    try:
        raise KeyError('k')
    except KeyError as e:
        raise MyError() from e
except MyError as e:
    show(traceback.format_exc())
    print(traceback.format_exception_only(e))

try:
    try:
        raise KeyError('missing')
    except KeyError:
        raise RuntimeError('during')
except RuntimeError as e:
    lines = traceback.format_exception(e)
    show(''.join(lines))
    show(''.join(traceback.format_exception(e, chain=False)))

print(repr(traceback.format_exc()))
print(traceback.format_exception_only(None))
print(traceback.format_exception_only(ZeroDivisionError('division by zero')))
print(traceback.format_exception_only(OSError('No such file')))


def deep(n):
    if n == 0:
        raise IndexError
    deep(n - 1)


try:
    deep(2)
except IndexError as e:
    show(''.join(traceback.format_exception(type(e), e, e.__traceback__)))
    print([x.replace(__file__, 'FILE') for x in traceback.format_exception(e, limit=1)[-2:]])
    fs = traceback.extract_tb(e.__traceback__)[-1]
    print(fs.name, fs.lineno, fs.line)
    print(tuple(fs)[1:], fs[2])
