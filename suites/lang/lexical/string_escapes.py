print(repr("\n\t\r\\\'\"\a\b\f\v\0"))
print(repr("\x41\x7a"), repr("\101\172"), repr("\7"))
print(repr("\u00e9"), repr("\U0001F600"), len("\U0001F600"))
print(repr("a\
b"))
print(len("\N{LATIN SMALL LETTER E WITH ACUTE}"))
print(repr("\d\w"))  # unknown escapes are kept
