# needs: dunder_name
try:
    import os
    os.urandom
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
