# Error messages name C-implemented library types as CPython's tp_name
# does ('collections.deque', 'datetime.date'); Python-level classes keep
# the bare name.
import collections, datetime, decimal, io, itertools, functools, operator

def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: collections.deque() + 1)
show(lambda: collections.deque().foo)
show(lambda: collections.OrderedDict() + 1)
show(lambda: collections.defaultdict(int) - 1)
show(lambda: collections.Counter() * 1.5)
show(lambda: datetime.date(2024, 1, 1) + 1)
show(lambda: len(datetime.date(2024, 1, 1)))
show(lambda: datetime.timedelta(1) < 1)
show(lambda: decimal.Decimal(1) + "a")
show(lambda: io.StringIO().foo)
show(lambda: itertools.count() + 1)
show(lambda: functools.partial(int)[0])
show(lambda: operator.itemgetter(1) + 1)
show(lambda: collections.namedtuple("P", "x")(1) + 1)
class D(collections.deque):
    pass
show(lambda: D() + 1)
show(lambda: hash(collections.deque()))
show(lambda: collections.deque.nope)
