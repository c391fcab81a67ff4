# needs: exceptgroup
try:
    ExceptionGroup
except NameError:
    print("SKIP")
    raise SystemExit
try:
    raise ExceptionGroup("many", [ValueError("v"), TypeError("t"), ValueError("w")])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("g", [KeyError(1)])
print(eg.message, repr(eg.exceptions[0]), str(eg))
