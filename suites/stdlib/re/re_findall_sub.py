try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1, b=2"))
print(re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"(\w+)@", r"<\1>@", "x@y"), re.sub("a", "b", "aaa", count=2))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "1 2 3"), re.subn("o", "0", "foo"))
print(re.split(r",\s*", "a, b,c,  d"), re.split(r"(,)", "a,b"), re.split(r"\d", "a1b2c", maxsplit=1))
print([m.group() for m in re.finditer(r"[A-Z]", "aBcDe")])
