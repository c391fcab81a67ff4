# Reprs of self-containing containers (list, dict, tuple, OrderedDict, deque), escapes and floats.
l = [1]; l.append(l); print(l, repr(l))
d = {}; d[1] = d; print(d)
s = set(); print(s, frozenset(), frozenset([1]), {1, 2}, set([()]))
print(float("nan"), -float("inf"), [float("nan")], (1,), ((),), [[]], {(): ()})
class A:
    def __repr__(self): return "A!"
print([A()], {A(): A()} if False else {1: A()}, (A(),), {A()} if False else 0)
t = (1, [2]); t[1].append(t); print(t)
import collections
od = collections.OrderedDict(); od["x"] = od; print(od)
dq = collections.deque(); dq.append(dq); print(dq)
print(repr("\x1b[0m"), repr("\u00a0\u2028\U0001F600"), repr("\\"), repr("'\""), ascii("\U0001F600"))
print(str(1e23), 1e-4, 1e-5, 123456789.123456789, 0.1 + 0.7, 1 / 7, 2 ** 0.5 * 1e10, -1e300 * 10)
print(True + 0.5, 3 * "ab", [0] * 3, (0,) * 0, bool([]), 7 // -2, -7 % 3, 2 ** -2, 10 ** -1)
