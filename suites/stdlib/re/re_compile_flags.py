try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit
p = re.compile(r"hello", re.IGNORECASE)
print(p.match("HeLLo world") is not None, p.search("say HELLO").group())
m = re.compile(r"^b", re.MULTILINE).findall("a\nb\nb")
print(m)
print(re.findall(r"a.b", "a\nb"), re.findall(r"a.b", "a\nb", re.DOTALL))
v = re.compile(r"""
    (\d{3})  # area
    -(\d{4}) # number
""", re.VERBOSE)
print(v.match("555-1234").groups())
