print("before class")
class C:
    print("in class body")
    x = 1
    y = x + 1
    items = [x, y]
    def m(self):
        return self.y
    del x
print("after class")
print(C.y, C.items, C().m(), hasattr(C, "x"))
class D:
    for i in range(3):
        pass
print(D.i)
