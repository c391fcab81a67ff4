try:
    import re
except ImportError:
    print("SKIP")
    raise SystemExit
tests = [(r"a*", "aaab"), (r"a+?", "aaa"), (r"a{2,3}", "aaaa"), (r"[^abc]+", "abcdef"),
         (r"\bfoo\b", "a foo b"), (r"(a|b)+", "abba!"), (r"\W+", "ab, cd"), (r"^$", ""),
         (r"x?y", "y"), (r"[\d.]+", "v1.25x"), (r"(?:ab)+", "ababc"), (r"\s", "a b")]
for pat, s in tests:
    m = re.search(pat, s)
    print(pat, repr(m.group()) if m else None)
