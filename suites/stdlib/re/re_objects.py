try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit
p = re.compile(r"(?P<word>\w+)\s(\d+)?", re.I | re.M)
print(repr(p), p.pattern, p.groups, p.groupindex)
print(p.flags == re.I | re.M | re.U)
print(repr(re.compile("a")), repr(re.compile("a", re.S | re.X)))
m = p.search("  hello 42")
print(m)
print(m.span(), m.span(1), m.start(2), m.end("word"), m.regs)
print(m.groups(), m.groupdict(), m.group(0, 1, "word"), m[2])
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re is p, m.string)
print(m.expand(r"[\g<word>|\2|\g<0>]"))
m = re.match(r"(a)(b)?", "ac")
print(m, m.groups(), m.groups(""), m.span(2), m.start(2), m.regs)
print(re.match(r"x", "é x" * 30, 2) is None, re.search(r"x", "é x" * 30, 2))
print(repr(re.search(r".+", "y" * 80)))
for g in [3, "nope", -1]:
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError", e)
try:
    re.compile("(a")
except re.error as e:
    print(e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile("a\n(?P<1>b)")
except re.error as e:
    print(e, "|", e.pos, e.lineno, e.colno)
# finditer is lazy
it = re.finditer(r"\w*", "ab cd")
print(type(it).__name__, iter(it) is it, [m.span() for m in it], list(it))
for m in re.compile(r"(?<=a)b").finditer("abab", 1, 3):
    print(m, m.pos, m.endpos)
print(next(re.finditer("z", "abc"), None))
# argument errors: module functions are Python functions, methods are not
calls = [lambda: re.finditer("a"), lambda: re.compile("a").finditer(),
         lambda: re.compile("a").finditer("a", 1, 2, 3), lambda: re.match("a", "b", 0, 1),
         lambda: re.match("a", "b", x=1), lambda: re.compile("a").match("a", x=1),
         lambda: re.sub(), lambda: re.match("a", "b", pattern=1)]
for f in calls:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
