try:
    from array import array
except ImportError:
    print("SKIP")
    raise SystemExit
a = array("h", [5, 1, 5, 2])
print(a.index(5), a.count(5), a.itemsize)
a.insert(0, 9)
a.remove(5)
print(a, a.pop(), a)
a.reverse()
print(a, a.tolist(), a.tobytes())
b = array("h")
b.frombytes(b"\x01\x00\x02\x00")
print(b, a + b, b * 2, a == array("h", [2, 1, 9]))
