print(next(iter([]), "dflt"), next(iter([7]), "dflt"))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)
class NoNext:
    def __iter__(self):
        return 5
try:
    iter(NoNext())
except TypeError as e:
    print("TypeError:", e)
