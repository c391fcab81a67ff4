# needs: dunder_name
try:
    import os
except ImportError:
    print("SKIP")
    raise SystemExit
print(type(os.getcwd()).__name__, isinstance(os.listdir("."), list))
print(os.sep if hasattr(os, "sep") else "/")
print(all(isinstance(n, str) for n in os.listdir(".")))
print(os.path.join("a", "b") if hasattr(os, "path") else "a/b")
