import sys
if sys.implementation.name != "micropython":
    print("SKIP")
    raise SystemExit
print(sys.implementation.name)
print(len(sys.implementation.version) >= 3, sys.implementation.version[0] >= 1)
print(type(sys.platform) is str)
