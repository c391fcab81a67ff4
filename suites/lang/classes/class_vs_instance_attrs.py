class C:
    shared = []
    count = 0
    def __init__(self):
        self.own = []
a, b = C(), C()
a.shared.append(1)
print(b.shared, C.shared)
a.count = 5
print(a.count, b.count, C.count)
C.count = 10
print(a.count, b.count)
del a.count
print(a.count)
print("count" in vars(a), "own" in vars(a))
print(sorted(vars(b)))
