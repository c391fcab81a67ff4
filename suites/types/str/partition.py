print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("".partition("x"), "x".partition("x"))
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
