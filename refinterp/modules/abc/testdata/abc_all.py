from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print(e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
class Sq(Half):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
s = Sq(3)
print(s.describe(), s.perimeter(), isinstance(s, Shape), issubclass(Sq, Shape), Shape.__abstractmethods__ == frozenset({'area', 'perimeter'}))
print(sorted(Half.__abstractmethods__), Sq.__abstractmethods__)
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
try:
    Base()
except TypeError as e:
    print(e)
class Impl(Base):
    @property
    def name(self): return 'impl'
    @classmethod
    def make(cls): return cls()
print(Impl.make().name)
class Registry(ABC): pass
Registry.register(list)
print(isinstance([], Registry), issubclass(list, Registry), isinstance((), Registry), Registry.register(dict) is dict)
class Duck(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, 'quack') else NotImplemented
class D:
    def quack(self): pass
print(isinstance(D(), Duck), isinstance(1, Duck))
class WithNew(ABC):
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.args = a
        return o
print(WithNew(1, 2).args, type(Shape).__name__)
