# str.lower's final sigma rule and other context-dependent case mappings.
for s in ["ΣΑΣ", "ΟΔΟΣ ΑΣ", "Σ", "aΣ", "AΣb", "ΑΣ.", "ΑΣ'Α", "ΌΣΟΣ, ΛΌΓΟΣ!"]:
    print(s.lower(), s.capitalize(), s.title(), s.casefold() == s.lower())
print("İ".lower() == "i\u0307", "ﬁx".upper(), "ß".upper(), "straße".title())
print("中a b".title(), "hello world's".title(), "1st 2nd".title())
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(e)
