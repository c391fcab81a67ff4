s = "hello World ßx"
print(s.upper(), s.lower(), s.swapcase())
print(s.capitalize(), "hELLO".capitalize(), "".capitalize())
print(s.title(), "they're bill's".title(), "a1b2 c3".title())
print("Straße".casefold(), "ABC".casefold())
print("123".upper(), "ǅ".lower())
