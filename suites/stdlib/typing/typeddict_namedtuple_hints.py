# TypedDict instances are plain dicts; NamedTuple classes; get_type_hints
# needs: annotations
# evaluates string annotations.
from typing import TypedDict, NamedTuple, Generic, TypeVar, get_type_hints, Optional

class Movie(TypedDict):
    title: str
    year: int

class Partial(Movie, total=False):
    rating: float

m = Movie(title="Up", year=2009)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__))
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print(e)

class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)

print(Pt(3, -4), Pt(3, -4).norm(), Pt._fields, Pt._field_defaults, Pt.__annotations__)

T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
print(Box[int], Box[int](5).v, T)

def g(a: "int", b: Optional["str"] = None) -> "Box[int]":
    pass
print(g.__annotations__["a"], get_type_hints(g)["a"], get_type_hints(g)["return"])
class C:
    n: "int"
    m: list
print(get_type_hints(C))
