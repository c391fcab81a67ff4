# needs: fstring
print(rb"\n" == br"\n", Rb"\d", bR"x")
print(f"{1}" + rf"\n{2}", fr"{3}\t")
print(len(rf"\{1}"))
print(u"unicode prefix", U"also")
