# Pseudo-random Decimal arithmetic.
from decimal import Decimal as D
k = 11


def rnd(n):
    global k
    k = (k * 1103515245 + 12345) % (2**31)
    return k % n


for i in range(200):
    a = D(str(rnd(100000) - 50000) + 'e-' + str(rnd(6)))
    b = D(str(rnd(100000) - 50000 or 7) + 'e-' + str(rnd(6)))
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, a.quantize(D('0.01')), round(a, 1), a == b, a < b, hash(a) == hash(float(a)) if a == float(a) else '')
