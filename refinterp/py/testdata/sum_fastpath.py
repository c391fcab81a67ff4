import sys
print(sum([1, 2, 3]), sum([]), sum([], 5), sum([1, 2.5]), sum([2.5, 1]), sum([True, True, 3]))
big = sys.maxsize
print(sum([big, big, -big]), sum([big, 1]), sum([-big, -big, -big]), sum([1 << 70, 1]), sum([1, 1 << 70, -(1 << 70)]))
print(sum(b"hello world" * 100), sum(range(10000)), sum([1, 2], 0.5), sum([3, True]))
print(type(sum([big, big, -big])), sum([-big - 1, -1]), sum([big, 1, -1]))
class I(int): pass
print(sum([I(3), I(4)]), type(sum([I(3), I(4)])), sum([1, I(2)]))
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
