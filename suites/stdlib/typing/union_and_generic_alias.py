# X | Y on classes makes a types.UnionType; list[int] is a types.GenericAlias.
import collections
u = int | str
print(type(u), u, u.__args__, int | None, None | int, int | int)
print(isinstance(1, u), isinstance(None, int | None), issubclass(bool, int | str))
print(int | str == str | int, hash(int | str) == hash(str | int), list[int] | dict[str, int] | None)
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], type(list[int]))
print(list[int].__origin__, list[int].__args__, dict[str, int].__args__)
print(list[int] == list[int], list[int] == list[str], {list[int]: 1}[list[int]])
print(collections.OrderedDict[str, int], collections.deque[int], dict[str, int](a=1))
class MyList(list):
    pass
print(MyList[int])
for bad in [lambda: isinstance(1, list[int]), lambda: int | 1, lambda: isinstance(1, list[int] | None)]:
    try:
        bad()
    except TypeError as e:
        print(e)
def f(x: int | None = None) -> list[str] | None:
    return None
print(f.__annotations__)
