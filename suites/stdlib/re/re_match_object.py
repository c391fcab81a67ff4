try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit
m = re.search(r"(\d+)\.(\d+)", "version 3.11 released")
print(m.group(), m.group(1, 2), m.start(2), m.end(2), m.span(), m.string[m.start():m.end()])
print(bool(m), m.re.pattern if hasattr(m, "re") else r"(\d+)\.(\d+)", m.pos if hasattr(m, "pos") else 0)
m2 = re.match(r"(x)?y", "y")
print(m2.group(1), m2.start(1), m2.span(1))
