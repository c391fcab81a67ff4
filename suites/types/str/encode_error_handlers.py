# str.encode with the standard error handlers, bytes.decode with replace/ignore.
s = "aé€😀"
for enc in ["ascii", "latin-1", "utf-8"]:
    for errors in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace"]:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, type(e).__name__, e)
print(s.encode(encoding="ascii", errors="replace"))
print(b"a\xffb".decode("ascii", "replace"), b"a\xffb".decode("ascii", "ignore"))
try:
    s.encode("ascii", "bogus")
except LookupError as e:
    print(type(e).__name__, e)
