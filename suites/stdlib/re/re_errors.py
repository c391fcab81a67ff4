try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit
for pat in ["(", "[a-", "a**", "(?P<1>x)", "\\"]:
    try:
        re.compile(pat)
        print("compiled", pat)
    except re.error:
        print("re.error for", repr(pat))
m = re.match("a", "a")
try:
    m.group(5)
except IndexError as e:
    print("IndexError:", e)
print(re.escape("a.b*c") == r"a\.b\*c")
