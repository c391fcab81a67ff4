try:
    1 << 100
except OverflowError:
    print("SKIP")
    raise SystemExit
# values around common small-int boundaries (30/31/62/63 bits)
for n in (30, 31, 32, 62, 63, 64):
    v = 1 << n
    print(n, v, v - 1, -v, -v - 1, (v - 1) * 2 + 1)
print((1 << 62) + (1 << 62), (1 << 63) - 1 + 1)
print(-(1 << 63) // -1)
print(0x7fffffff * 0x7fffffff)
