class Dyn:
    real = "real attr"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError("no {}".format(name))
d = Dyn()
print(d.real, d.x_hello)
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(d, "missing", "default"), hasattr(d, "x_y"), hasattr(d, "nope"))
class Log:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
l = Log()
l.v = 1
print(l.secret, l.v)
