# Pseudo-random Fraction arithmetic.
from fractions import Fraction as F
k = 11


def rnd(n):
    global k
    k = (k * 1103515245 + 12345) % (2**31)
    return k % n


for i in range(200):
    a = F(rnd(1000) - 500, 1 + rnd(300)); b = F(rnd(1000) - 500, 1 + rnd(300)) or F(1)
    print(a, b, a + b, a * b, a / b, a // b, a % b, a ** 3, float(a), round(a, 2), hash(a), a.limit_denominator(rnd(50) + 1), a < b)
