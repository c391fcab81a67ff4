class A:
    x = "A.x"
class B(A):
    pass
b = B()
print(b.x)
B.x = "B.x"
print(b.x)
b.x = "instance x"
print(b.x, B.x, A.x)
del b.x
del B.x
print(b.x)
