try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit
print(re.findall(r"\.", "a.b.c"), re.findall(r"[.]", "x.y"), re.findall("\\$\\d+", "cost $15 or $7"))
print(re.sub(r"\\", "/", "a\\b\\c"), re.findall(r"\(([^)]*)\)", "f(a) g(b c)"))
print(re.match(r"[\w\s]+", "hello world!").group(), re.findall(r"[^\W\d]+", "ab12cd"))
print(re.sub(r"^\s+|\s+$", "", "  trim me  "), re.findall(r"\d{2,}", "1 22 333"))
