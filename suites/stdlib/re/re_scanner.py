try:
    import re
    re.Scanner
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit
sc = re.Scanner([
    (r"[a-zA-Z_]\w*", lambda s, t: ("id", t)),
    (r"\d+(\.\d*)?", lambda s, t: ("num", t)),
    (r"[-+*/=()]", lambda s, t: ("op", t)),
    (r"\s+", None),
])
print(sc.scan("x = 3.5 * (y + 42) $ rest"))
print(re.Scanner([(r"a", "A"), (r"b", lambda s, t: s.match.span())]).scan("abba?"))
