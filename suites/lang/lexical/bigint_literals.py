# needs: bigint, dunder_name
try:
    x = 1 << 100
except OverflowError:
    print("SKIP")
    raise SystemExit
print(123456789012345678901234567890)
print(0xffffffffffffffffffffffff)
print(0b1 << 70, 0o7777777777777777777777777)
print(99999999999999999999 + 1)
print(type(10 ** 30).__name__)
