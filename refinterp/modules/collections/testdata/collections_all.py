from collections import namedtuple, deque, OrderedDict, defaultdict, Counter, ChainMap
from collections.abc import (Iterable, Iterator, Mapping, MutableMapping, Sequence,
    Callable, Hashable, Sized, Container, Generator, MutableSequence, Set)

P = namedtuple('P', ['x', 'y'], defaults=[0])
p = P(1)
print(p, p._asdict(), p._replace(y=5), P._make([3, 4]), P._fields, P._field_defaults)
print(p.x, p[1], len(p), p == (1, 0), hash(p) == hash((1, 0)), type(p).__name__)
class Q(P):
    def norm(self):
        return self.x ** 2 + self.y ** 2
print(Q(3, 4).norm(), Q(3, 4))
try:
    P._make([1, 2, 3])
except TypeError as e:
    print(e)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)

d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.maxlen)
d.rotate(1); print(d)
d.rotate(-2); print(d)
d.extendleft([9, 8]); print(d)
print(d.count(9), d.index(8), 8 in d, list(reversed(d)))
d.remove(9); print(d)
d.reverse(); print(d)
d.clear(); print(d, bool(d))
for fn in (d.pop, d.popleft):
    try:
        fn()
    except IndexError as e:
        print(e)
e = deque('abc')
e[1] = 'X'; del e[0]; print(e, e + deque('z'), e * 2, deque() == deque([]))
e.insert(1, 'q'); print(e, e.copy())
try:
    e.index('nope')
except ValueError as ex:
    print(ex)
try:
    e.remove('nope')
except ValueError as ex:
    print(ex)
try:
    deque([], -1)
except ValueError as ex:
    print(ex)
try:
    e[10]
except IndexError as ex:
    print(ex)

od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a'); print(od)
od.move_to_end('c', last=False); print(od, list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))

dd = defaultdict(list)
dd['a'].append(1); dd['b']
print(dd, dd.default_factory, 'c' in dd, dd.get('c'))
ddi = defaultdict(int)
for ch in 'hello':
    ddi[ch] += 1
print(ddi, defaultdict(None, {1: 2}))
try:
    defaultdict(None)['x']
except KeyError as ex:
    print('KeyError', ex)
try:
    defaultdict(5)
except TypeError as ex:
    print(ex)

c = Counter('abracadabra')
print(c, c['z'], c.most_common(2), sorted(c.elements())[:5], c.total())
c2 = Counter(a=1, b=10)
print(c + c2, c - c2, c & c2, c | c2, -Counter(a=-2), +Counter(a=0, b=1))
c.update('zz'); c.subtract({'a': 10}); print(c)
print(Counter(a=1) == Counter(a=1, b=0), Counter(), Counter(a=3) > Counter(a=1))
del c['nonexistent']

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm, cm.new_child({'z': 0}), cm.parents)
cm['c'] = 5; print(cm.maps[0])

for obj, abc in [([], Sequence), ([], MutableSequence), ((), Sequence), ((), MutableSequence),
                 ('', Sequence), ({}, Mapping), ({}, MutableMapping), (set(), Set),
                 (iter([]), Iterator), ([], Iterator), ([], Iterable), (len, Callable),
                 ([], Hashable), (1, Hashable), ((x for x in []), Generator), ([], Sized),
                 (deque(), Sequence), (od, MutableMapping), (3, Container), (range(3), Sequence)]:
    print(type(obj).__name__, abc.__name__, isinstance(obj, abc))
class MyIter:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(MyIter(), Iterator), issubclass(MyIter, Iterable), issubclass(int, Hashable))
class M(Mapping):
    def __getitem__(self, k):
        if k == 'x': return 1
        raise KeyError(k)
    def __len__(self): return 1
    def __iter__(self): return iter(['x'])
m = M()
print(m.get('x'), m.get('y', 0), 'x' in m, list(m.keys()), list(m.items()), dict(m))
try:
    Sequence()
except TypeError as ex:
    print(ex)
