try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit
m = re.match(r"(\d+)-(\d+)", "12-34 rest")
print(m.group(0), m.group(1), m.group(2), m.groups(), m.start(), m.end(), m.span(1))
print(re.match(r"\d", "a1"), re.search(r"\d", "a1").group())
print(re.fullmatch(r"[a-z]+", "abc") is not None, re.fullmatch(r"[a-z]+", "abc1"))
m = re.search(r"(?P<word>\w+)@(?P<host>\w+)", "mail: bob@example")
print(m.group("word"), m.group("host"), m.groupdict())
