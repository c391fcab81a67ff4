from dataclasses import dataclass, field, fields, asdict, replace
import copy
@dataclass
class A:
    x: int
    y: list = field(default_factory=list)
    z: int = field(init=False, default=7)
    def __post_init__(self):
        self.w = self.x * 2
a = A(1)
print(a, a.w, a.z, replace(a, x=5), copy.deepcopy(a), asdict(a))
try:
    replace(a, z=1)
except ValueError as e:
    print(e)
@dataclass(frozen=True)
class F:
    x: int
f = F(1)
print(copy.copy(f), {f: 1}, f == F(1), hash(f) == hash(F(1)))
@dataclass(order=True)
class O:
    a: int
    b: int = 0
print(sorted([O(2), O(1, 5), O(1, 2)]), O(1) < O(1, 1), O(1) == O(1))
try:
    O(1) < 3
except TypeError as e:
    print(e)
@dataclass
class N:
    name: str
    child: 'N' = None
n = N('a'); n.child = n
print(n)
print([f.name for f in fields(A)], A.__match_args__)
