try:
    1 << 100
except OverflowError:
    print("SKIP")
    raise SystemExit
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(len(str(f)), f % 1000003)
print(f // (2 ** 30))
print(str(2 ** 64 - 1), hex(2 ** 64), bin(2 ** 65))
