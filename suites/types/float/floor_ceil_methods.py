# float.__floor__/__ceil__/__trunc__ (3.11), complex() keeping a signed zero.
# needs: complex
for x in [3.7, -3.7, 2.0, -0.5, 1e20]:
    print(x.__floor__(), x.__ceil__(), x.__trunc__(), x.__round__())
for bad in [float("inf"), float("nan")]:
    try:
        bad.__floor__()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(complex(0, -0.0), complex(1, -0.0), complex(-0.0, 0), complex(1j, -0.0), -1j)
