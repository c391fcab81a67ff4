class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c))
try:
    next(c)
except StopIteration:
    print("exhausted")
print(next(c, "default"))
class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
b = Bag(1, 2)
print(list(b), list(b), sorted(Bag(3, 1, 2)))
