from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass, InitVar
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(1, 3), p == (1, 2), is_dataclass(p), is_dataclass(3))
try:
    hash(p)
except TypeError as e:
    print(e)
try:
    Point()
except TypeError as e:
    print(e)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = 'z'
v = V(1)
print(v, v < V(2), V(1, 'a') < V(1, 'b'), sorted([V(3), V(1), V(2)]), hash(v) == hash(V(1)))
try:
    v.a = 5
except FrozenInstanceError as e:
    print('FrozenInstanceError', e, isinstance(e, AttributeError))
try:
    del v.b
except FrozenInstanceError as e:
    print(e)
@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default='s', compare=False)
i = Inv('a'); i.items.append(1)
print(i, Inv('b').items, i == Inv('a', [1], 0, 'other'))
print([f.name for f in fields(Inv)], asdict(i), astuple(i), replace(i, name='q'))
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print(e)
@dataclass
class Base:
    a: int
@dataclass
class Child(Base):
    b: int = 5
    def __post_init__(self):
        self.c = self.a + self.b
ch = Child(1)
print(ch, ch.c, fields(ch)[0].name)
@dataclass
class Nest:
    p: Point
    ps: list
print(asdict(Nest(Point(1, 2), [Point(3, 4)])), astuple(Nest(Point(1, 2), [])))
@dataclass
class WithInitVar:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.x *= scale
print(WithInitVar(3), WithInitVar(3, 10))
@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) != 0)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
class Outer:
    @dataclass
    class Inner:
        z: int
print(Outer.Inner(1))
try:
    fields(3)
except TypeError as e:
    print(e)
try:
    replace(Point(1), z=3)
except TypeError as e:
    print('TypeError')
