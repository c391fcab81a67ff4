# needs: dunder_name
print(...)
print(Ellipsis is ..., type(...).__name__)
print(None, True, False)
print(True + True, False * 5, True == 1)
print(repr(None), str(None))
print(__debug__)
def f(): ...
print(f())
