try:
    1 << 100
except OverflowError:
    print("SKIP")
    raise SystemExit
a = 2 ** 100
b = 3 ** 50
print(a, b)
print(a + b, a - b, a * b)
print(a // b, a % b, divmod(a, b))
print(-a // 7, -a % 7)
print(a >> 50, a << 3, a & (b - 1), a | 1, a ^ b)
print(~a, -a, abs(-a))
print(a > b, a == 2 ** 100, a != b)
print(pow(2, 200, 10 ** 9 + 7))
print(int("9" * 40) + 1)
