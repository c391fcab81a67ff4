# needs: dunder_name
def shout(fn):
    def wrapper(*a, **k):
        return fn(*a, **k).upper()
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("bob"))
def trace(fn):
    def wrapper(*a):
        print("call", fn.__name__, a)
        return fn(*a)
    return wrapper
@trace
@shout
def hi(x):
    return "hi " + x
print(hi("there"))
def register(fn, _reg=[]):
    _reg.append(fn.__name__)
    return fn
@register
def one(): pass
@register
def two(): pass
print(register.__defaults__[0])
