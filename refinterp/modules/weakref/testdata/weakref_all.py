import weakref


class C:
    def __init__(self, n):
        self.n = n

    def m(self):
        return self.n * 2

    def __repr__(self):
        return 'C(%d)' % self.n


a = C(1)
r = weakref.ref(a)
print(r() is a, r().n, r == weakref.ref(a), hash(r) == hash(a), isinstance(r, weakref.ref))
print(r.__callback__ is None, weakref.ref(a, print).__callback__ is print)
for bad in (1, 'x', [1], {}, (1,), None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
p = weakref.proxy(a)
print(p.n, p.m())
p.n = 5
print(a.n)
wm = weakref.WeakMethod(a.m)
print(wm()())
d = weakref.WeakValueDictionary()
d['k'] = a
print(d['k'], len(d), 'k' in d, list(d.keys()), d.get('z'))
try:
    d['bad'] = 3
except TypeError as e:
    print(e)
kd = weakref.WeakKeyDictionary()
kd[a] = 'va'
print(kd[a], len(kd), a in kd)
ws = weakref.WeakSet([a])
b = C(2)
ws.add(b)
print(len(ws), a in ws, b in ws)
f = weakref.finalize(a, print, 'finalized', 1)
print(f.alive)
f()
print(f.alive, f())
print(weakref.getweakrefcount(C(9)))
