import sys
import traceback


def fail():
    raise TypeError('nested failure')


def handler():
    try:
        fail()
    except TypeError:
        text = traceback.format_exc()
        print(text.replace(__file__, 'FILE'), end='')
        lines = traceback.format_exception(*sys.exc_info())
        print(len(lines), lines[0], end='')
        print(traceback.extract_tb(sys.exc_info()[2])[0].name)


def outer():
    handler()


outer()


class Custom(Exception):
    def __str__(self):
        return 'custom text'


try:
    raise Custom
except Custom as e:
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exc().splitlines()[-1])

try:
    raise ValueError
except ValueError:
    print(traceback.format_exc().splitlines()[-1])

try:
    raise SystemExit(3)
except SystemExit:
    print(traceback.format_exc().splitlines()[-1])
traceback.print_exc(file=sys.stdout)
print(repr(traceback.format_exc()))
try:
    exec('x = (')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
