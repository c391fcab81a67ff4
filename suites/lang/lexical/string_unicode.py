s = "héllo wörld"
print(s, len(s))
print(s.upper())
print("日本語", len("日本語"))
print("€"[0], ord("€"), chr(8364))
print("😀" == "\U0001F600", len("😀"))
print("aé" < "b", "é" > "z")
print(len("é".encode("utf-8")), "é".encode())
