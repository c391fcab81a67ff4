# needs: float
try:
    1.0
except Exception:
    print("SKIP")
    raise SystemExit
specs = ["", ".0f", ".1f", ".3f", "e", ".2e", "g", ".2g", ".10g", "%", ".1%", "+.2f", "10.2f", "<10.2f", "^10.1f", ",.2f", "010.2f", "G"]
for v in (0.0, -0.0, 1.0, 0.5, 2.5, -1.25, 1e-7, 123456.789, 1e100, float("inf"), float("nan")):
    print(repr(v), [format(v, s) for s in specs])
