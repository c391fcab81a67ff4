# needs: collections
try:
    import collections.abc
except ImportError:
    print("SKIP")
    raise SystemExit
from collections.abc import Iterable, Sequence, Mapping, Callable
print(isinstance([], Iterable), isinstance(5, Iterable))
print(isinstance("s", Sequence), isinstance({}, Sequence))
print(isinstance({}, Mapping), isinstance(len, Callable))
class It:
    def __iter__(self):
        return iter(())
print(isinstance(It(), Iterable))
