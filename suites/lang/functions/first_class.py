# needs: dunder_name
def add(a, b):
    return a + b
table = [add, max, len]
print(table[0](1, 2), table[1](1, 2), table[2]("ab"))
f = add
print(f is add, f(3, 4))
def takes(fn):
    return fn.__name__
print(takes(add), takes(print), takes(lambda: 0))
class Callable:
    def __call__(self, x):
        return x * 3
c = Callable()
print(c(5), callable(c))
