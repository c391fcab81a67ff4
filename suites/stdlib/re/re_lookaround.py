try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit
print(re.findall(r"\w+(?=,)", "a, bb, ccc"))
print(re.findall(r"\b(?!un)\w+", "undo redo unto onto"))
print(re.findall(r"(?<=\$)\d+", "cost $10, $200 or 30"))
print(re.findall(r"(?<!\$)\b\d+", "cost $10, $200 or 30"))
# lookbehind sees text before pos
p = re.compile(r"(?<=a)b")
print(p.search("ab", 1), p.match("ab", 1).span())
# captures in a positive lookahead are kept, a negative one's are not
m = re.match(r"(?=(\w+))\w", "hello")
print(m.group(0), m.group(1), m.lastindex)
print(re.match(r"(?!(a)b)\w", "ac").groups())
# password-style checks with several lookaheads
pw = re.compile(r"^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$")
for s in ["abc", "abcdefgh", "abcdefg1", "Abcdefg1"]:
    print(s, bool(pw.match(s)))
# thousands separators
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
# zero-width split
print(re.split(r"(?<=[.!?]) ", "One. Two! Three? Four"))
print(re.split(r"(?=[A-Z])", "helloWorldFooBar"))
# lookbehind must have a fixed width
for bad in [r"(?<=a+)b", r"(?<=a|bc)d", r"(?<!x*)y"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(bad, "->", e)
print(re.search(r"(?<=ab|cd)e", "xcde").span())
