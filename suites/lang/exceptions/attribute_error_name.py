# AttributeError.name/.obj and NameError.name (3.10+).
class A:
    pass


a = A()
try:
    a.missing
except AttributeError as e:
    print(e, e.name, e.obj is a)
try:
    A.missing_cls
except AttributeError as e:
    print(e, e.name, e.obj is A)
try:
    (5).real_not
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    not_defined_anywhere
except NameError as e:
    print(type(e).__name__, e, e.name)
e = AttributeError("custom")
print(e.name, e.obj)
e = AttributeError("custom", name="n", obj=3)
print(e.args, e.name, e.obj)
print(NameError("x", name="y").name)
try:
    NameError("x", bogus=1)
except TypeError as err:
    print(err)
print(getattr(a, "nothing", "default"), hasattr(a, "nothing"))
