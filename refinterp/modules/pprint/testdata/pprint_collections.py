import pprint
import types
from collections import OrderedDict, defaultdict, Counter, deque

od = OrderedDict((('k%d' % i, list(range(i))) for i in range(10)))
pprint.pprint(od)
dd = defaultdict(list)
for i in range(12):
    dd['key%d' % i].append('value %d' % i)
pprint.pprint(dd)
c = Counter('the quick brown fox jumps over the lazy dog and keeps running far away')
pprint.pprint(c, width=40)
pprint.pprint(deque(range(40)))
pprint.pprint(deque(range(40), maxlen=50))
ns = types.SimpleNamespace(alpha=list(range(20)), beta='b' * 50, gamma={'x': 1})
pprint.pprint(ns)
pprint.pprint([OrderedDict(), defaultdict(int), Counter(), deque()])
