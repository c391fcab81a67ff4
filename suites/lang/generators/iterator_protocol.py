it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
print(iter(it) is it)
s = iter("ab")
print(list(s), list(s))
d = iter({"a": 1, "b": 2})
print(list(d))
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
print(list(Seq()), list(iter(Seq())))
calls = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(calls), 0)))
