class P:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return isinstance(o, P) and self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __repr__(self):
        return "P{}".format(self.n)
print(P(1) == P(1), P(1) != P(1), P(1) == 1)
print(P(1) < P(2), P(2) > P(1), P(2) >= P(2))
print(sorted([P(3), P(1), P(2)]))
print(max(P(5), P(9)), P(1) in [P(0), P(1)])
class NoOrder:
    pass
try:
    NoOrder() < NoOrder()
except TypeError as e:
    print("TypeError:", e)
