print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(~0, ~5, ~-1)
print(1 << 4, 256 >> 4, -16 >> 2, -1 >> 10)
print(-5 & 0xff, -1 & 7, 5 | -8, -6 ^ 3)
print(bin(0b1010 ^ 0b1111), hex(0xf0 | 0x0f))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
