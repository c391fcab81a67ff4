for a in (7, -7):
    for b in (3, -3):
        q, r = divmod(a, b)
        print(a, b, a // b, a % b, q * b + r == a, int(a / b))
print(-1 // 2, -1 % 2, 1 // -2, 1 % -2, 0 // -5, -0 % 5)
