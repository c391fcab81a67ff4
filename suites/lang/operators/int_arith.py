# needs: dunder_name
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 7 ** 2)
print(-7 + 3, 0 - 0, 10 * -1)
print(abs(-5), abs(5), abs(0))
print(divmod(17, 5), pow(2, 10), pow(3, 4, 5))
print(2 ** 0, 0 ** 0, 1 ** 100)
print(int("42") + 1, -(-3))
print(6 / 3, type(6 / 3).__name__)
