try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
g = {"micropython": micropython}
try:
    exec("@micropython.native\ndef inc(x):\n    return x + 1\n", g)
except (SyntaxError, ValueError, NotImplementedError):
    print("SKIP")
    raise SystemExit
print(g["inc"](41))
print([g["inc"](i) for i in range(3)])
