class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
class Child(Base):
    @property
    def v(self):
        return super().v * 10
class Writable(Base):
    @Base.v.setter
    def v(self, value):
        self._v = value
print(Base().v, Child().v)
w = Writable()
w.v = 7
print(w.v)
try:
    Child().v = 3
except AttributeError:
    print("AttributeError: read-only in Child")
