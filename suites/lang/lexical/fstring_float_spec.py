# needs: float, fstring
try:
    1.0
except Exception:
    print("SKIP")
    raise SystemExit
v = 3.14159
print(f"{v:.2f} {v:8.3f} {v:<8.1f}| {v:e} {v:.3E}")
print(f"{v:g} {1e20:g} {0.0001:g} {0.00001:g}")
print(f"{0.5:%} {0.125:.1%}")
print(f"{-v:+.1f} {v:+.1f} {2.5:.0f} {3.5:.0f}")
print(f"{1234.5:,.1f} {v:010.3f}")
