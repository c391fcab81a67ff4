# needs: dunder_name
import sys
print(sys.maxsize == 2 ** 63 - 1 or sys.maxsize == 2 ** 31 - 1)
print(isinstance(sys.maxsize, int), sys.maxsize + 1 > sys.maxsize)
print(type(sys.version_info).__name__ in ("version_info", "tuple"), len(sys.version_info) >= 3)
print(type(sys.implementation.name).__name__, sys.implementation.name == sys.implementation.name.lower())
