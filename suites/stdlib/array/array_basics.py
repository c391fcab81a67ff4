# needs: float
try:
    from array import array
except ImportError:
    print("SKIP")
    raise SystemExit
a = array("i", [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], list(a))
a.append(4)
a.extend([5, 6])
print(a, a.typecode, sum(a))
a[0] = 100
print(a)
b = array("B", b"\x01\x02")
print(b, bytes(b))
print(array("f", [1.5, 2.5]), array("d"), array("b", [-1, 1]))
