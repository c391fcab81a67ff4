# Protocol classes: isinstance/issubclass need @runtime_checkable; members are checked structurally.
# needs: annotations
import typing
from typing import Protocol, runtime_checkable, SupportsInt, SupportsAbs
print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(-1.5, SupportsAbs), issubclass(int, SupportsInt))
class P(Protocol):
    def m(self): ...
try: isinstance(1, P)
except TypeError as e: print(e)
@runtime_checkable
class Q(Protocol):
    x: int
    def m(self): ...
class A:
    x = 1
    def m(self): pass
class B:
    def m(self): pass
class C(Q):
    pass
print(isinstance(A(), Q), isinstance(B(), Q), isinstance(C(), Q))
try: issubclass(A, Q)
except TypeError as e: print(e)
try: runtime_checkable(A)
except TypeError as e: print(e)
