# itertools for refinterp: the iterators come from _itertools (Go);
# tee is Python (linked buffer shared by the copies).
from _itertools import (count, cycle, repeat, accumulate, chain, compress,
                        dropwhile, takewhile, filterfalse, groupby, islice,
                        starmap, zip_longest, product, permutations,
                        combinations, combinations_with_replacement, pairwise)


class _TeeLink:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _Tee:
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._it)
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _Tee(self._it, self._link)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _Tee):
        first = it.__copy__()
    else:
        first = _Tee(it, _TeeLink())
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])
