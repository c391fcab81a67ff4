# needs: bigint, dunder_name, numeric_underscore
# integer literals in all bases, with underscores
print(0, 00, 0_0)
print(123, 1_000_000)
print(0x1F, 0X1f, 0xdead_beef)
print(0o17, 0O777, 0o1_7)
print(0b1010, 0B11, 0b1_0_1)
print(-0x10, +0b1, ~0o7)
print(type(0x10).__name__)
