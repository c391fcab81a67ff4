# needs: complex, dunder_name
try:
    complex(1, 2)
except (NameError, Exception):
    print("SKIP")
    raise SystemExit
print(1j, 2.5j, 1e2j, 0j)
print(1 + 2j, (1 + 2j) * 1j)
print(type(3j).__name__, (3j).real, (3j).imag)
