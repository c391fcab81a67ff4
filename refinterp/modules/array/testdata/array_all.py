from array import array
import array as arraymod

def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for c in 'bBhHiIlLqQ':
    r = []
    for v in [2**64, 2**63, 2**40, 70000, 300, 200, -1, -200, -2**40, -2**63-1, 5]:
        try:
            r.append(array(c, [v])[0])
        except Exception as e:
            r.append(type(e).__name__ + ": " + str(e))
    print(c, array(c).itemsize, r)
print(arraymod.typecodes)
a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], a[::-1], a[::2], list(a), a.tolist(), 2 in a, 9 in a, a.typecode, a.itemsize)
a.append(4); a.extend([5, 6]); a.extend(array('i', [7])); a.insert(0, 0); a.insert(-1, 99); a.insert(100, 100)
print(a, a.pop(), a.pop(0), a.pop(-2), a, a.index(3), a.count(3), a.index(3, 2) if 3 in a[2:] else None)
a.remove(99); a.reverse(); print(a)
a[0] = 42; a[-1] = -42; print(a)
a[1:3] = array('i', [7, 7, 7]); print(a)
a[::2] = array('i', [0] * len(a[::2])); print(a)
del a[0]; del a[1:3]; print(a)
a[len(a):] = array('i', [8]); print(a)
print(array('i', [1, 2]) + array('i', [3]), array('h', [1]) * 3, 2 * array('h', [2]), array('d'), array('u', 'héllo'))
b = array('i', [1]); b += array('i', [2]); b *= 2; print(b)
print(array('i', [1, 2]) == array('h', [1, 2]), array('i', [1, 2]) < array('i', [1, 3]), array('i') == [], array('b', [1]) != array('b', [2]))
print(array('b', [1, -2]).tobytes(), array('h', b'\x01\x00\x02\x00'), array('f', [1.1]), array('d', [1, 2.5]), array('I', array('i', [1, 2])))
c = array('H', [1, 258]); c.byteswap(); print(c)
d = array('B'); d.frombytes(b'abc'); d.fromlist([1, 2]); print(d, d.tobytes())
u = array('u', 'ab'); u.append('c'); u.fromunicode('de'); print(u, u.tounicode(), u[1])
for f in [lambda: array('z'), lambda: array('i', [1.5]), lambda: array('d', ['a']), lambda: array('i', [1])[5], lambda: array('i').pop(),
          lambda: array('i').remove(1), lambda: array('i').index(1), lambda: array('i').frombytes(b'abc'),
          lambda: array('i', [1]).extend(array('h', [1])), lambda: array('i') + array('h'), lambda: array('i', 'ab'),
          lambda: array('i', [1]) + [1], lambda: array('i').fromlist([1, 'a']), lambda: array('u', [1]), lambda: array('i').tounicode()]:
    check(f)
def t1():
    a = array('i', [1, 2, 3]); a[0] = 'x'
def t2():
    a = array('i', [1, 2, 3]); a[1:2] = [5]
def t3():
    a = array('i', [1, 2, 3]); a[5] = 1
def t4():
    a = array('i', [1, 2, 3]); a[::2] = array('i', [1])
for f in [t1, t2, t3, t4]:
    check(f)
import struct
buf = array('b', [0] * 8)
struct.pack_into('<hh', buf, 0, 1, -1)
print(buf, struct.unpack('<hh', array('b', [1, 0, 2, 0])))
for x in array('h', [3, 4]):
    print(x, end=" ")
print()
