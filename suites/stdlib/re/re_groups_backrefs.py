try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit
m = re.search(r"(\w)\1", "abccd")
print(m.group(), m.group(1))
m = re.match(r"(a)(b)?(c)", "ac")
print(m.groups(), m.groups("none"), m.group(2), m.lastindex)
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"(?P<x>\d)", r"[\g<x>]", "a1"))
m = re.match(r"(?P<a>.)(?P<b>.)", "xy")
print(m["a"], m[2], m.expand(r"\2\1"))
