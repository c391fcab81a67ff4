# @dataclass(slots=True) builds a class with __slots__; Field objects and
# needs: annotations
# their repr; field metadata is a read-only mapping.
from dataclasses import dataclass, field, fields

@dataclass(slots=True)
class S:
    a: int
    b: str = "x"

s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 1
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass(frozen=True, slots=True)
class FS:
    a: int

print(FS(2), FS(2) == FS(2), hash(FS(2)) == hash(FS(2)))

@dataclass
class M:
    a: int = field(default=0, metadata={"unit": "m"})
    b: list = field(default_factory=list, repr=False)

f = fields(M)
print([x.name for x in f], f[0].metadata["unit"], type(f[0].metadata).__name__, f[1].metadata)
print(f[0]._field_type, f[0].default, f[1].repr, M())
