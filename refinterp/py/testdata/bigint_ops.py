import sys
vals = [0, 1, -1, 7, -7, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64 + 3, -(2**70) + 5, 10**30 + 7, -(10**25) - 3, True, False]
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a // b, lambda a, b: a % b,
       lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a ^ b, lambda a, b: a < b, lambda a, b: a == b,
       lambda a, b: a >= b, lambda a, b: divmod(a, b), lambda a, b: a / b]
out = []
for a in vals:
    for b in vals:
        for op in ops:
            try:
                out.append(repr(op(a, b)))
            except ZeroDivisionError as e:
                out.append("ZDE " + str(e))
print(len(out), hash(tuple(out)) if False else "")
for i in range(0, len(out), 13):
    print(" ".join(out[i:i+13]))
class I(int): pass
print(I(2**65) * 3, I(5) // -(2**64), -(2**64) % I(7), 3 ** 45, (2**100) >> 3, (2**100) << 3, -(2**100) >> 99)
print(pow(2**70, 3), divmod(-(10**20), 7), divmod(10**20, -7), -(10**20) // -7, (10**20) % -(2**65))
