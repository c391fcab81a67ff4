class Rec:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
r = Rec()
r.a = 1
setattr(r, "b", 2)
print(r.a, r.b)
del r.a
delattr(r, "b")
print(hasattr(r, "a"))
class Frozen:
    def __setattr__(self, n, v):
        raise AttributeError("frozen")
try:
    Frozen().x = 1
except AttributeError as e:
    print("AttributeError:", e)
