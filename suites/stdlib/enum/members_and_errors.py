# Enum members, aliases, __members__ (a mappingproxy) and the errors CPython raises.
from enum import Enum, Flag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1

print(Color.__members__)
print(list(Color), Color.CRIMSON, Color(1) is Color.RED, len(Color))
print(type(Color.__members__).__name__, "RED" in Color.__members__)
for bad in [lambda: setattr(Color, "RED", 5), lambda: delattr(Color, "RED")]:
    try:
        bad()
    except AttributeError as e:
        print(type(e).__name__, e)
Color.extra = 1
print(Color.extra)
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print(e)
try:
    class Empty(Color):
        pass
except TypeError as e:
    print(e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

try:
    Perm(8)
except ValueError as e:
    print(e)
print(Perm(7), Perm(0), (Perm.R | Perm.W).name, ~Perm.R)
