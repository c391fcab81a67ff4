try:
    1.0
except Exception:
    print("SKIP")
    raise SystemExit
x = 1234.56789
print(format(x, ".2f"), format(x, "10.3f"), format(x, "e"), format(x, ".3e"), format(x, "g"), format(x, ".3g"))
print(format(0.000012345, "g"), format(1e-7, "f"), format(1e20, "f"), format(123456789.0, "g"))
print("%.3f %e %g %10.2f|%-10.2f|" % (x, x, x, x, x))
print(format(2.5, "%"), format(-0.0, "f"), format(1.0, ""), format(float("inf"), "f"), format(float("nan"), ".2f"))
print(format(1.5, "+.1f"), format(1.5, " .1f"), format(1.0, "010.3f"), format(1234567.891, ",.2f"))
print(str(1.0), str(10.0), str(1e-10), str(123e300))
