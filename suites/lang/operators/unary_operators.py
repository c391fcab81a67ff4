print(-5, +5, -(-5), ~5, not 5)
print(-True, +True, ~True, -False)
x = 7
print(-x, +x, ~x, --x, ~~x)
class N:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
n = N()
print(-n, +n, ~n)
try:
    -"s"
except TypeError as e:
    print("TypeError:", e)
