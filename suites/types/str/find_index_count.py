s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("z"), s.find(""))
print(s.rfind("a"), s.rfind("abra"), s.rfind("a", 0, 5), s.rfind("q"))
print(s.index("c"), s.rindex("b"))
print(s.count("a"), s.count("abra"), s.count(""), s.count("a", 5), "aaaa".count("aa"))
print(s.find("a", -3), s.find("", 20), s.find("", 11))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("z")
except ValueError as e:
    print("ValueError:", e)
