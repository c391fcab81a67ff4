# needs: dunder_name
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
def apply_twice(fn, v):
    return fn(fn(v))
print(apply_twice(lambda s: s + "!", "hi"))
def make_ops():
    def add(a, b): return a + b
    def mul(a, b): return a * b
    return {"add": add, "mul": mul}
ops = make_ops()
print(ops["add"](2, 3), ops["mul"](2, 3))
print(outer.__name__, outer(1).__name__, outer(1)(2).__qualname__)
