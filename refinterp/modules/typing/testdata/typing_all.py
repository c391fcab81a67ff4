from typing import (Any, List, Dict, Tuple, Set, Optional, Union, Callable, Iterable, Iterator,
    Generator, TypeVar, Generic, NamedTuple, Protocol, TYPE_CHECKING, cast, overload, final,
    Literal, ClassVar, Sequence, Mapping, get_type_hints, get_origin, get_args, TypedDict)
T = TypeVar('T')
print(TYPE_CHECKING, T, List[int], Dict[str, int], Optional[int], Union[int, str], Any)
print(Tuple[int, ...], Callable[[int, str], bool], Literal['a', 1], ClassVar[int], Union[int, None])
print(cast(int, 'x'), get_origin(List[int]), get_args(Dict[str, int]), Union[int], List[int] == List[int])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]() if False else Stack()
s.push(1); s.push(2); print(s.pop(), isinstance(s, Stack))
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return self.x * self.x + self.y * self.y
p = Point(3, 4)
print(p, p.norm(), Point(1), p._fields, isinstance(p, tuple), Point.__annotations__)
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str:
        return 'hi'
print(En().greet())
@final
class F: pass
@overload
def f(x: int) -> int: ...
def f(x):
    return x
print(f(3), isinstance([], Sequence), isinstance({}, Mapping), isinstance(iter([]), Iterator), isinstance(len, Callable))
class C:
    a: int
    b: ClassVar[str] = 's'
print(get_type_hints(C))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1)
print(m, type(m) is dict or isinstance(m, dict))
def gen() -> Generator[int, None, None]:
    yield 1
print(list(gen()), Iterable[int], Sequence[str])
from dataclasses import dataclass
@dataclass
class DC:
    x: int
    c: ClassVar[int] = 5
print(DC(1))
