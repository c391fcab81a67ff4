# needs: dunder_name
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(str(o).startswith("<object object at"), hash(o) == hash(o))
print(isinstance(1, object), isinstance(None, object), isinstance(int, object))
print(object.__bases__, int.__bases__, bool.__bases__)
class C:
    pass
print(C.__bases__, C.__mro__[-1] is object)
