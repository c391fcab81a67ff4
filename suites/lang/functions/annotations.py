# needs: dunder_name
def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b, c]
print(f(1))
ann = f.__annotations__
print(sorted(ann), ann["a"].__name__, ann["b"], ann["return"].__name__)
def g(x):
    return x
print(g.__annotations__)
