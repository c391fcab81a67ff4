# needs: array, collections, dunder_name, match
# match statement: sequence and mapping patterns on collections.abc types
import array
import collections
import collections.abc


class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


class MyMap(collections.abc.Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


class Registered:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i in (0, -2):
            return "first"
        if i in (1, -1):
            return "second"
        raise IndexError(i)


collections.abc.Sequence.register(Registered)


class NotASeq:
    def __len__(self):
        return 1

    def __getitem__(self, i):
        return 0


def kind(v):
    match v:
        case {"a": a, **rest}:
            return "mapping a={} rest={}".format(a, sorted(rest.items()))
        case {}:
            return "other mapping"
        case [x, y, *_]:
            return "sequence {!r} {!r}".format(x, y)
        case [*all]:
            return "short sequence {}".format(all)
        case _:
            return "neither"


for v in [MySeq(1, 2, 3), MySeq(), MyMap(a=1, b=2), MyMap(z=0), Registered(), NotASeq(),
          collections.deque([4, 5, 6]), array.array("i", [7, 8]), collections.OrderedDict(a=3),
          collections.defaultdict(int, a=5), collections.Counter("aab"),
          memoryview(b"xy"), "xy", b"xy", bytearray(b"xy")]:
    print(type(v).__name__, kind(v))

d = collections.defaultdict(list)
match d:
    case {"missing": _}:
        print("found")
    case _:
        print("defaultdict: key not created", dict(d))

Pt = collections.namedtuple("Pt", "x y")
match Pt(1, 2):
    case Pt(x, y=2):
        print("namedtuple class pattern", x)
match Pt(3, 4):
    case (a, b):
        print("namedtuple as sequence", a, b)
