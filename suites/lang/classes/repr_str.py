class A:
    pass
class B:
    def __repr__(self):
        return "B()"
class C:
    def __str__(self):
        return "str C"
class D:
    def __repr__(self):
        return "repr D"
    def __str__(self):
        return "str D"
print(repr(B()), str(B()), B())
print(str(C()), C())
print(repr(D()), str(D()), D(), [D()], "{}".format(D()), "%s %r" % (D(), D()))
print(repr(A()).startswith("<__main__.A object at "))
print(str([B(), B()]), (B(),))
