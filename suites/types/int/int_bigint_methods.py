try:
    1 << 100
except OverflowError:
    print("SKIP")
    raise SystemExit
n = 2 ** 100 + 12345
print(n.bit_length(), hex(n), str(n), len(str(n)))
print(n.to_bytes(13, "big"), int.from_bytes(n.to_bytes(13, "little"), "little") == n)
print(int("1" * 30), int("f" * 30, 16), -n // 3, n % 1000)
print(abs(-n), n == n + 0, n > 2 ** 100, float(2 ** 60))
