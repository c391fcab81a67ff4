# needs: dunder_name
class Typed:
    def __init__(self, name, typ):
        self.name, self.typ = name, typ
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError("{} must be {}".format(self.name, self.typ.__name__))
        obj.__dict__[self.name] = value
class Rec:
    n = Typed("n", int)
r = Rec()
print(r.n)
r.n = 5
print(r.n)
try:
    r.n = "x"
except TypeError as e:
    print("TypeError:", e)
print(type(Rec.n).__name__)
