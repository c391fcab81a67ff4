x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class C: pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
