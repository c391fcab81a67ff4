a = []
b = a
print(id(a) == id(b), a is b)
print(id([]) is not None)
x = None
print(x is None, x is not None)
s = object()
print(s is s, s == s, object() == object())
