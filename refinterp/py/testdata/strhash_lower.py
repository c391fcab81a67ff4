print(hash(""), hash(b""), {"": 1}, {"", 0})
print("İstanbul".lower(), "ABC".lower())
