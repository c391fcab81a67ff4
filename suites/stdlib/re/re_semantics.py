try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit
# $ before a final newline, \Z only at the end
print(re.search(r"a$", "a\n").span(), re.search(r"a\Z", "a\n"), re.findall(r"$", "a\nb\n"))
print(re.findall(r"(?m)\w$", "a\nb\n"), re.search(r"\s*$", "a \n").span())
# \b and \w with Unicode and ASCII
print(re.findall(r"\b\w+\b", "héllo wörld_1 ça"), re.findall(r"(?a)\b\w+\b", "héllo"))
print(re.findall(r"\d", "1٣۴"), re.findall(r"(?a)\d", "1٣۴"))
print(re.search(r"\B", ""), re.search(r"\b", ""), re.search(r"^", "").span())
# ^ and \A at pos, endpos truncates
p = re.compile(r"^\w")
print(p.search("ab", 1), p.match("ab", 1), re.compile(r"(?m)^\w").search("a\nb", 1).span())
print(re.compile(r"\w+$").search("abc\nd", 0, 3).span())
# lazy and greedy, alternation order, fullmatch backtracks
print(re.match(r"a|ab", "ab").group(), re.fullmatch(r"a|ab", "ab").group())
print(re.match(r"(a+?)(a*)", "aaa").groups(), re.match(r"(a+)(a+)", "aaaa").groups())
print(re.fullmatch(r"(a*?)(a*?)", "aa").groups())
# lastindex and lastgroup
m = re.match(r"(?P<outer>(?P<inner>a)b)", "ab")
print(m.lastindex, m.lastgroup)
m = re.match(r"(a)(b)?", "a")
print(m.lastindex, m.groups(), m.regs)
print(re.match(r"(a)|b", "b").lastindex)
# case-insensitive matching
print(re.findall(r"(?i)k", "kK\u212a"), re.findall(r"(?i)[a-c]+", "xAbCx"), re.findall(r"(?i)i", "iIİı"))
print(re.match(r"(?i)ss", "ſS") is not None, re.match(r"(?ia)k", "\u212a"))
# VERBOSE and inline flags
p = re.compile(r"""
    (?P<int>\d+)    # integer part
    (?:\.(?P<frac>\d+))?  # optional fraction
""", re.VERBOSE)
print(p.match("3.14").groupdict(), p.match("42").groupdict("0"))
print(re.match(r"(?i:A)b", "ab"), re.match(r"(?i:A)b", "aB"), re.match(r"a(?-i:b)", "Ab", re.I))
print(re.compile(r"(?s).", re.M).flags == re.S | re.M | re.U)
