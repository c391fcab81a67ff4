from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return self.name.lower()
print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.__members__.keys(), Color, type(Color.RED), isinstance(Color.RED, Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.BLUE.describe(), Color.RED in Color)
print({Color.RED: 'r'}[Color.CRIMSON], f'{Color.GREEN}', '%s' % Color.BLUE, format(Color.RED, '>12'))
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A), [m.value for m in A])
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE, repr(N.TWO), N.ONE + 1, N.TWO == 2, N(2), sorted([N.TWO, N.ONE]), int(N.TWO), f'{N.ONE:>3}', N.ONE < 2)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), str(rw), Perm.R in rw, Perm.X in rw, list(rw), repr(~Perm.R), repr(Perm(0)), bool(Perm(0)), rw & Perm.W)
class I(IntFlag):
    A = 1
    B = 2
print(repr(I.A | I.B), str(I.A | I.B), I.A | 4, repr(I(8)), I.B & 2, I.A == 1)
class F(Flag):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in F], F.A | F.C)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.radius, Planet.MARS.value, Planet((6.42e23, 3.39e6)))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.B), S.A == 'a', S.B.upper())
class Mood(Enum):
    HAPPY = 'h'
    @classmethod
    def _missing_(cls, value):
        return cls.HAPPY
print(Mood('zzz'))
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print(e)
