# needs: dunder_name
class C:
    def m(self, x):
        return (type(self).__name__, x)
c = C()
bm = c.m
print(bm(1), C.m(c, 2))
print(bm.__self__ is c, bm.__func__ is C.m)
print(c.m == c.m, c.m == C().m)
def ext(self):
    return "external"
C.e = ext
print(c.e())
c.inst = ext
try:
    c.inst()
except TypeError as e:
    print("TypeError:", e)
