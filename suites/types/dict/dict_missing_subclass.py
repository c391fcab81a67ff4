class Default(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v
d = Default()
print(d["abc"], d, d.get("zz"), "zz" in d)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["a"] = 1
print(u)
