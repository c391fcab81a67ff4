# needs: dunder_name
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v  # instance dict shadows non-data descriptor
        return v
class C:
    calls = 0
    @Lazy
    def value(self):
        C.calls += 1
        return 42
c = C()
print(c.value, c.value, C.calls)
class Named:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name
    def __get__(self, obj, owner):
        return self.name
class H:
    attr = Named()
print(H().attr, H.attr)
