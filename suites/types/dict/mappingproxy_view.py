# types.MappingProxyType: a live read-only view of a dict.
import types

d = {"a": 1, "b": 2}
mp = types.MappingProxyType(d)
print(mp, repr(mp), str(mp), len(mp), mp["a"], "b" in mp, mp.get("z", 0))
d["c"] = 3
print(list(mp), list(mp.items()), mp == d, mp == {"a": 1}, mp | {"z": 9}, type(mp.copy()).__name__)
for bad in [lambda: mp.__setitem__("x", 1), lambda: mp.update({}), lambda: mp.pop("a")]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    mp["x"] = 1
except TypeError as e:
    print(e)
for obj, key in [(mp, "a"), (mp, 0), ((1,), 0), ((1,), "a"), ("s", 0), (5, 0), (range(3), 1)]:
    try:
        del obj[key]
    except TypeError as e:
        print(e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)
print(type(type.__dict__) is types.MappingProxyType)
