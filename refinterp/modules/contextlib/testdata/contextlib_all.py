from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, ContextDecorator
import sys
@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('a') as t:
    print('inside', t)
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    raise KeyError('k')
print('after swallow')
@tag('deco')
def f(x):
    print('f', x)
    return x * 2
print(f(3))
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print('not suppressed')
class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as n:
    print(n)
with ExitStack() as stack:
    stack.callback(print, 'cb1')
    stack.enter_context(tag('x'))
    stack.callback(print, 'cb2')
    print('body')
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise RuntimeError('hidden')
print('exitstack suppressed')
s = ExitStack()
s.callback(print, 'later')
s2 = s.pop_all(); s.close(); print('-'); s2.close()
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def twice():
    yield
    yield
try:
    with twice():
        pass
except RuntimeError as e:
    print(e)
class mycm(ContextDecorator):
    def __enter__(self):
        print('enter'); return self
    def __exit__(self, *a):
        print('exit'); return False
@mycm()
def g():
    print('g body')
g()
class Cap:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
c = Cap()
with redirect_stdout(c):
    print('hidden', 1)
print('captured', repr(''.join(c.parts)), sys.stdout is not c)
