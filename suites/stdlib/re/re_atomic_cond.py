try:
    import re
    re.compile(r"(?>a)")
except Exception:  # no re, or no atomic groups (before 3.11)
    print("SKIP")
    raise SystemExit
# atomic groups and possessive quantifiers do not give characters back
print(re.match(r"(?>a+)b", "aaab").span(), re.match(r"(?>a+)ab", "aaab"))
print(re.match(r"a++b", "aaab").span(), re.match(r"a*+a", "aaa"))
print(re.match(r"(?>ab|a)c", "abc").span(), re.match(r"(?>a|ab)c", "abc"))
print(re.findall(r"\d++\.", "12. 3 45."))
print(re.match(r"x?+x", "x"), re.match(r"x{1,3}+y", "xxy").span())
# conditionals on a group that matched or not
for s in ["<a>", "a", "<a", "a>"]:
    print(s, bool(re.fullmatch(r"(<)?a(?(1)>)", s)))
p = re.compile(r"(?P<q>\()?\d+(?(q)\)|!)")
print([m.group() for m in p.finditer("(12) 3! (4 5)")])
print(re.match(r"(a)?(?(1)b|c)", "c").groups(), re.match(r"(a)?(?(1)b|c)", "ab").groups())
for bad in [r"(?(1)a|b)", r"(a)(?(1)a|b|c)", r"(a)(?(x)a)", r"(a)(?(0)a)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(bad, "->", e)
