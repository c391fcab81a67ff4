# needs: float
try:
    1.0
except Exception:
    print("SKIP")
    raise SystemExit
for a, b in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0)]:
    print(a, b, a // b, a % b)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(-0.0 % 5.0, 0.0 % -5.0)
print(5 % 2.5, 1 // 0.5)
