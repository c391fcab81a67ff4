try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit
# sub with a function, group references and counts
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>=\g<k>", "a=1, b=2"))
print(re.sub(r"(\w+)", r"<\g<0>>", "hi there", count=1))
print(re.subn(r"(a)|b", lambda m: m.group(1) or "B", "abab"))
print(re.sub(r"x*", "-", "abxd"), re.sub(r"x*", "-", ""))
print(re.sub(r"(?m)^", "> ", "l1\nl2\n"))
print(re.sub(r"a|(b)", r"[\1]", "ab"))
print(re.sub("", "-", "abc"))
# split with groups, empty matches and maxsplit
print(re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"\s*", "a b  c"))
print(re.split(r"(\s)*", "a b"))
print(re.split(r"\b", "hi there"))
print(re.split(r"(x)?y", "ayb", maxsplit=1), re.split(r"[,;]", "a,b;c", 1))
print(re.split(r"x*", "axbc"))
# findall and finditer around empty matches
print(re.findall(r"\w*", "ab cd"))
print([m.span() for m in re.finditer(r"(?=(\w))|\s", "a b")])
print(re.findall(r"(a)|(b)", "abc"))
# repeats that can match empty stop at an empty iteration
print(re.match(r"(a|b?)*", "ab").groups(), re.match(r"(a*)+", "aab").groups())
print(re.match(r"(a|)+b", "aab").groups(), re.match(r"(?:x|y*)*?a", "yya").span())
