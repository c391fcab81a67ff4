# needs: dictorder
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("c", 3), d)
print(d.pop("c"), d.pop("zz", "dflt"), d)
d.update({"b": 20, "e": 5}); print(d)
d.update(f=6); print(d)
d.update([("g", 7)]); print(d)
print(d.popitem(), d)
c = d.copy(); c["new"] = 1
print(d, c)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
d.clear(); print(d)
