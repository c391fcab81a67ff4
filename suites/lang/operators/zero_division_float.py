# needs: float
try:
    1.0
except Exception:
    print("SKIP")
    raise SystemExit
def check(f):
    try:
        print(f())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
check(lambda: 1.0 / 0)
check(lambda: 1.0 // 0.0)
check(lambda: 1.0 % 0.0)
check(lambda: 0.0 ** -1)
check(lambda: 1 / 0.0)
