def f():
    """Multi
    line"""
print(repr(f.__doc__))
def g():
    x = 1
    "not a docstring"
print(g.__doc__)
class C:
    "class doc"
    def m(self):
        'method doc'
print(C.__doc__, C.m.__doc__)
import sys
print(sys.__doc__ is None or isinstance(sys.__doc__, str))
