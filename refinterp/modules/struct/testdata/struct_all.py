import struct

def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for o in '@=<>!':
    for c in 'bBhHiIlLqQnN':
        r = []
        for v in [2**70, 2**64, 2**63, 2**32, 2**31, 70000, 40000, 300, 200, -1, -200, -40000, -2**31-1, -2**63-1, -2**70, 5]:
            try:
                r.append(struct.unpack(o + c, struct.pack(o + c, v))[0])
            except Exception as e:
                r.append(type(e).__name__ + ": " + str(e))
        print(o, c, r)
for fmt in ['', 'x', 'c', '?', 'bi', '@ci', '<ci', 'ci5s0q', '@ci5s0q', '3h', '0i', 'i0s', '10p', '@qbP', 'e f d', '@bq', '=bq', '2x3x', 'i h']:
    check(struct.calcsize, fmt)
for fmt in ['z', '3', '<n', '>P', 'i3']:
    check(struct.calcsize, fmt)
check(struct.pack, '<hHiIqQ', -2, 65535, -3, 4000000000, -(2**62), 2**64 - 1)
check(struct.pack, '>hHiIqQ', -2, 65535, -3, 4000000000, -(2**62), 2**64 - 1)
check(struct.unpack, '<hHiIqQ', struct.pack('<hHiIqQ', -2, 65535, -3, 4000000000, -(2**62), 2**64 - 1))
check(struct.pack, '@bhiq', 1, 2, 3, 4)
check(struct.pack, '<?c3s5p2x', [], b'A', b'abcdef', b'hello world')
check(struct.unpack, '<?c3s5p2x', b'\x05Aabc\x09hello\x00\x00')
check(struct.unpack, '>5p', b'\x02hello')
check(struct.pack, '0s5s', b'x', b'ab')
for x in [1.5, -0.0, 1e-8, 65504.0, 65520.0, 1e300, float('inf'), float('nan'), 0.1, 5.960464477539063e-08, 3e-8]:
    for c in 'efd':
        try:
            p = struct.pack('<' + c, x)
            print(c, x, p, struct.unpack('<' + c, p)[0])
        except Exception as e:
            print(c, x, type(e).__name__ + ":", e)
check(struct.pack, 'i', 1.5)
check(struct.pack, 'i', 'a')
check(struct.pack, 'f', 'a')
check(struct.pack, 'i', True)
check(struct.pack, 'd', 3)
check(struct.pack, 'c', b'ab')
check(struct.pack, 'c', 'a')
check(struct.pack, 's', 'a')
check(struct.pack, 'ii', 1)
check(struct.pack, 'i', 1, 2)
check(struct.pack)
check(struct.pack, 'x')
check(struct.unpack, 'i', b'ab')
check(struct.unpack, 'i', 'abcd')
check(struct.unpack, '<i', bytearray(b'\x01\x00\x00\x00'))
check(struct.unpack, '<i', memoryview(b'\x01\x00\x00\x80'))
check(struct.unpack_from, '<i', b'abcdefgh', 4)
check(struct.unpack_from, '<i', b'abcdefgh', offset=-4)
check(struct.unpack_from, '<i', buffer=b'abcdefgh')
check(struct.unpack_from, 'i', b'abcdef', 4)
check(struct.unpack_from, 'i', b'ab', 5)
check(struct.unpack_from, 'i', b'ab', -5)
ba = bytearray(8)
check(struct.pack_into, '<hh', ba, 2, 1, -1)
print(ba)
check(struct.pack_into, '<h', ba, -2, 7)
print(ba)
check(struct.pack_into, 'i', bytearray(6), 4, 1)
check(struct.pack_into, 'i', bytearray(6), -2, 1)
check(struct.pack_into, 'i', bytearray(6), -10, 1)
check(struct.pack_into, 'i', b'123456', 0, 1)
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
check(struct.iter_unpack, 'i', b'abcde')
check(struct.iter_unpack, '', b'abcde')
s = struct.Struct('<ih')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), s.unpack_from(b'xx\x01\x00\x00\x00\x02\x00', 2))
print(struct.Struct(b'>H').format, list(s.iter_unpack(bytes(12))))
check(struct.Struct, 'z')
print(issubclass(struct.error, Exception), struct.error.__name__)
try:
    struct.pack('b', 1000)
except struct.error as e:
    print('caught', e)
