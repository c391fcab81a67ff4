calls = []
def key():
    calls.append("key")
    return 0
def obj():
    calls.append("obj")
    return lst
lst = [5]
obj()[key()] += 1
print(lst, calls)
class A:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        print("get x")
        return self._x
    @x.setter
    def x(self, v):
        print("set x", v)
        self._x = v
a = A()
a.x += 10
print(a.x)
