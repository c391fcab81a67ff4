import sys
x = 1
def f():
    print(x)
    x = 2
try:
    f()
except UnboundLocalError as e:
    print(e)
class A:
    x = 1
    y = [x for _ in range(2)] if False else None
    def m(self):
        return __class__
print(A().m() is A)
s = "abc"
try:
    s[5]
except IndexError as e:
    print(e)
try:
    s.x = 1
except AttributeError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    (1, 2)[0] = 3
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b = 1
except TypeError as e:
    print(e)
try:
    {[]: 1}
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
try:
    assert 1 == 2, "nope"
except AssertionError as e:
    print(e)
try:
    import math; math.sqrt(-1)
except ValueError as e:
    print(e)
except ImportError:
    print("math domain error")
try:
    "a" < 1
except TypeError as e:
    print(e)
try:
    -"a"
except TypeError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    [1].index(5)
except ValueError as e:
    print(e)
try:
    "x".join([1])
except TypeError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
print(sys.getrecursionlimit(), sys.version_info[:2] >= (3, 0), sys.version_info.major)
def gg():
    yield 1
    raise StopIteration
try:
    list(gg())
except RuntimeError as e:
    print(e)
print(int.__name__, int.__add__(1, 2), str.upper("a"), list.__len__([1]), object.__repr__(A) [:7])
class MyList(list):
    def first(self): return self[0]
ml = MyList([3, 4]); ml.append(5)
print(ml, len(ml), ml.first(), isinstance(ml, list), ml + [1], type(ml).__name__)
class MyDict(dict):
    def __missing__(self, k): return k * 2
md = MyDict(a=1); print(md["a"], md["zz"], md)
class MyInt(int):
    pass
print(MyInt(5) + 1, MyInt(3) * 2, repr(MyInt(7)))
class MyStr(str):
    def shout(self): return self.upper() + "!"
print(MyStr("hi").shout(), MyStr("a") + "b", len(MyStr("abc")))
