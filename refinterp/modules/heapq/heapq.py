# heapq for refinterp: the heap primitives come from _heapq (Go); the
# helpers below are defined by their documented equivalences.
from _heapq import heappush, heappop, heapify, heapreplace, heappushpop

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    h = []
    if reverse:
        sign = -1
    else:
        sign = 1
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            h.append(_Entry(value if key is None else key(value), order * sign, value, it, reverse))
            break
    heapify(h)
    while h:
        e = h[0]
        yield e.value
        for value in e.it:
            e.value = value
            e.key = value if key is None else key(value)
            heapreplace(h, e)
            break
        else:
            heappop(h)


class _Entry:
    __slots__ = ('key', 'order', 'value', 'it', 'rev')

    def __init__(self, key, order, value, it, rev):
        self.key = key
        self.order = order
        self.value = value
        self.it = it
        self.rev = rev

    def __lt__(self, other):
        if self.rev:
            if other.key < self.key:
                return True
            if self.key < other.key:
                return False
            return self.order > other.order
        if self.key < other.key:
            return True
        if other.key < self.key:
            return False
        return self.order < other.order
