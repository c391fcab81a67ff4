# needs: annotations, dunder_name
try:
    from dataclasses import dataclass, field
except ImportError:
    print("SKIP")
    raise SystemExit
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1)
print(p, p == P(1), p == P(1, 2))
p.tags.append("t")
print(P(1).tags, p.tags)
@dataclass(frozen=True, order=True)
class F:
    a: int
print(F(1) < F(2), hash(F(1)) == hash(F(1)))
try:
    F(1).a = 2
except Exception as e:
    print(type(e).__name__)
