import copy
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]['k'].append(8)
print(b, c, b[1] is a[1], c[1] is a[1])
r = [1]; r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc is not r, len(rc))
t = (1, [2]); tc = copy.deepcopy(t); print(tc, tc[1] is t[1], copy.deepcopy((1, 2)) is not None)
shared = [0]; s = [shared, shared]; sc = copy.deepcopy(s); print(sc[0] is sc[1])
class P:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __repr__(self):
        return 'P(%r, %r)' % (self.x, self.y)
p = P(1, [2]); pc = copy.copy(p); pd = copy.deepcopy(p)
p.y.append(3)
print(pc, pd, type(pd).__name__)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print('__copy__ called'); return Custom(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__); return Custom(copy.deepcopy(self.v, memo))
x = Custom([1]); print(copy.copy(x).v, copy.deepcopy(x).v)
N = namedtuple('N', 'a b')
n = N(1, [2]); nd = copy.deepcopy(n); print(nd, nd.b is n.b, copy.copy(n) == n)
od = OrderedDict(a=[1], b=2); print(copy.deepcopy(od), copy.copy(od))
dd = defaultdict(list, {'x': [1]}); ddc = copy.deepcopy(dd); ddc['y'].append(2); print(ddc, dd)
print(copy.copy(Counter('aab')), copy.deepcopy(deque([1, [2]], maxlen=5)))
print(copy.copy({1, 2}), copy.deepcopy({'s': {1}}), copy.copy(len) is len, copy.deepcopy(P) is P)
class L(list):
    pass
l = L([1, [2]]); l.tag = 'T'; lc = copy.deepcopy(l); print(lc, type(lc).__name__, lc.tag, lc[1] is l[1])
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = [1]; sc = copy.deepcopy(s); print(sc.a, sc.a is s.a, hasattr(sc, 'b'))
print(copy.Error.__name__, copy.error is copy.Error)
