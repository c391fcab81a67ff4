try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit
# numbered and named backreferences
print(re.findall(r"(\w)\1", "aabbcd eef"))
print(re.search(r"\b(\w+)\s+\1\b", "this is is a test").group(0, 1))
print(re.sub(r"(?P<w>\w+) (?P=w)", r"\g<w>", "the the cat sat sat"))
q = re.compile(r"""(?P<q>['"])(.*?)(?P=q)""")
print([m.group(2) for m in q.finditer("say 'hi' and \"it's\" ok")])
# case-insensitive backreference
print(re.match(r"(?i)(ab)\1", "abAB").span())
# a backreference to a group that did not take part never matches
print(re.match(r"(a)?b\1", "b"), re.match(r"(a)?b\1", "aba").group())
# backreference inside a repeat sees the latest capture
print(re.match(r"(?:(\w)\1)+", "aabbccd").group(), re.match(r"(?:(\w)\1)+", "aabbccd").group(1))
# palindromes of length 4 and 5
for w in ["abba", "abcba", "abcd"]:
    print(w, bool(re.fullmatch(r"(.)(.).?\2\1", w)))
# \10 is a group reference when there are ten groups, else an error
ten = "".join("(%s)" % c for c in "abcdefghij")
print(re.match(ten + r"\10", "abcdefghijj").span())
for bad in [r"(a)\2", r"(a\1)", r"(?P<n>a(?P=n))", r"(?P=n)(?P<n>a)", r"\1(a)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(bad, "->", e.msg, e.pos)
