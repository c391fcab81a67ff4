try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
g = {"micropython": micropython}
src = "@micropython.viper\ndef add(a: int, b: int) -> int:\n    return a + b\n"
try:
    exec(src, g)
except (SyntaxError, ValueError, NotImplementedError):
    print("SKIP")
    raise SystemExit
print(g["add"](2, 3), g["add"](-7, 7))
