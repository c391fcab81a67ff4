# needs: dunder_name, float, numeric_underscore
try:
    1.0
except Exception:
    print("SKIP")
    raise SystemExit
print(1.5, .5, 5., 1e3, 1E-3, 1_0.2_5)
print(2.5e+2, 3.0e0, 0.0)
print(1e0 == 1, type(1e0).__name__)
print(0e0, 00.5, 1_000.0)
