class C:
    a = 1
c = C()
print(getattr(c, "a"), getattr(c, "b", "dflt"), hasattr(c, "a"))
setattr(c, "b", 2)
print(c.b, vars(c))
delattr(c, "b")
print(hasattr(c, "b"))
try:
    getattr(c, "zz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
