for s in ["a\x00b", "\x7f", "\x80", "\xa0", "\xad", "\u2028", "\ufeff", "\u0301", "é", "\U0010ffff", "\U0001f600", "ö\nü"]:
    print(repr(s), ascii(s))
print(repr("'\""), repr("\\'"), repr('"'), repr("'"))
