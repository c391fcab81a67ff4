# needs: float
try:
    import nonexistent_module_abc as m
    print("imported")
except ImportError:
    m = None
    print("fallback")
print(m)
if m is None:
    import math as m
print(m.floor(2.5) if hasattr(m, "floor") else "no floor")
