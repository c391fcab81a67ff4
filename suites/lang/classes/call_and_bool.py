class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, step=1):
        self.n += step
        return self.n
    def __bool__(self):
        return self.n > 0
    def __len__(self):
        return 99
c = Counter()
print(bool(c), len(c))
print(c(), c(5), bool(c))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
