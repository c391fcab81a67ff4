# needs: dunder_name
class Base:
    def __init__(self, v):
        self.v = v
    def get(self):
        return "base", self.v
class Child(Base):
    def __init__(self, v):
        super().__init__(v * 2)
    def get(self):
        return "child", super(Child, self).get()
c = Child(5)
print(c.v, c.get())
class Cls:
    @classmethod
    def make(cls):
        return cls.__name__
class Sub(Cls):
    @classmethod
    def make(cls):
        return "sub+" + super().make()
print(Sub.make())
