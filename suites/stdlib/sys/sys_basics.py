# needs: dunder_name
import sys
print(type(sys.argv).__name__, type(sys.path).__name__, type(sys.modules).__name__)
print(sys.byteorder in ("little", "big"), sys.maxsize > 2 ** 30, type(sys.platform).__name__)
print(type(sys.version).__name__, sys.version_info[0] >= 3, type(sys.implementation.name).__name__)
print(hasattr(sys.stdout, "write"), hasattr(sys.stdin, "read"), hasattr(sys.stderr, "write"))
print("sys" in sys.modules, sys.modules["sys"] is sys)
