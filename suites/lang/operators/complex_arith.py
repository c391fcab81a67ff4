# needs: complex
try:
    complex(1, 2)
except Exception:
    print("SKIP")
    raise SystemExit
a = 1 + 2j
b = 3 - 1j
print(a + b, a - b, a * b, a / b)
print(a == complex(1, 2), abs(3 + 4j), a.conjugate())
print(a.real, a.imag, -a, a ** 2)
print(complex("1+2j"), complex(2), complex(0, -1))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
