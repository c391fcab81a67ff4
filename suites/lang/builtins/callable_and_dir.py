print(callable(len), callable(1), callable(int), callable(lambda: 0))
class C:
    def m(self): pass
    z = 1
print(callable(C), callable(C()), callable(C().m))
print([n for n in dir(C) if not n.startswith("_")])
print("append" in dir([]), "upper" in dir(""))
print(sorted(vars(C().__class__).keys() & {"m", "z"}))
