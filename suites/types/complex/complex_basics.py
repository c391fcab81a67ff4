# needs: dunder_name, float
try:
    complex(1, 2)
except Exception:
    print("SKIP")
    raise SystemExit
z = complex(3, -4)
print(z, repr(z), abs(z), z.real, z.imag, z.conjugate())
print(complex(), complex(2), complex("1+2j"), complex("-3j"), complex(1.5, 0), 1j * 1j)
print(z == 3 - 4j, z * 2, z / 2, z + 1, z - 1j, -z)
print(repr(complex(0, 1)), repr(complex(-0.0, 1)), repr(complex(1, 0)), complex(float("inf"), 0))
def check(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)
check(lambda: complex("abc"))
check(lambda: 1j < 2j)
check(lambda: int(1j))
check(lambda: 1j / 0)
