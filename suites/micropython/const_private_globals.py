try:
    from micropython import const
except ImportError:
    print("SKIP")
    raise SystemExit
# a const whose name starts with an underscore is folded away and not stored in globals
_PRIV = const(5)
PUB = const(6)
print(_PRIV + PUB)
print("_PRIV" in globals(), "PUB" in globals())
