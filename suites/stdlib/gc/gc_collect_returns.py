import gc
r = gc.collect()
print(isinstance(r, int) or r is None)
class Cyc:
    pass
x = Cyc()
x.self = x
del x
r = gc.collect()
print(r is None or r >= 0)
print("ok")
