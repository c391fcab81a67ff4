try:
    import re
    re.compile(b"a")
except (ImportError, NotImplementedError):
    print("SKIP")
    raise SystemExit
for f in [lambda: re.sub(b'a', 'x', b'a'), lambda: re.sub(b'a', lambda m: 'x', b'ab'), lambda: re.sub('a', b'x', 'a'), lambda: re.match(b'a', 'a'), lambda: re.match('a', b'a'), lambda: re.compile(b'\\u0041'), lambda: re.compile(b'(?u)a'), lambda: re.compile(b'a', re.U), lambda: re.match(b'a', bytearray(b'ab')).group(), lambda: re.sub(b'a', 3, b'a'), lambda: re.compile(b'a').match(b'a').expand('x'), lambda: re.compile(b'(a)').match(b'a').expand(b'\\1!'), lambda: re.compile(b'a(').pattern, lambda: re.sub(b'a', 'x', b'b')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e, getattr(e, 'pattern', ''))
print(re.compile(b'a', re.I).flags, repr(re.compile(b'a', re.I)), re.compile(b'(?L)a').flags, re.match(rb'(?i)\w+\s\d', b'ab\xe9 1'), re.match(b'(?i)\xe9', b'\xc9'))
print(re.findall(rb'\w+|\W', b'a\xff b'), re.split(rb'(\s)', b'a b'), re.match(b'(a)(b)?', b'a').groups(), re.match(b'(?P<x>a)', b'a').groupdict())
m = re.search(rb'(\d+)-(\d+)', b'tel: 555-1234\xff')
print(m, m.span(2), m.group(1, 2), m.string, m.expand(rb'\2/\1'), m.regs)
print(re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.subn(rb'\d', lambda m: m.group() * 2, b'a1b2'))
print([m.span() for m in re.finditer(rb'\b\w', b'ab cd\xe9f')], re.fullmatch(rb'[\x80-\xff]+', b'\xe9\xff'))
print(re.compile(rb'\xe9+').search(b'x\xe9\xe9y', 1, 3), re.escape(b'a.b'), re.compile(rb'(?i)K').match(b'k'))
