# needs: dunder_name, numeric_underscore
try:
    1.0
except Exception:
    print("SKIP")
    raise SystemExit
print(float(), float(3), float("1.5"), float(" -2.5 "), float("1e3"), float("inf"), float("-Infinity"), float("nan"))
print(float("1_000.5"), float(True), float(".5"), float("5."), float("+1E-2"))
def check(v):
    try:
        print(float(v))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
check("abc")
check("")
check("1,5")
check(None)
check([1.0])
