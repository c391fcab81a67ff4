tests = ["abc", "ABC", "Abc", "123", "a1", "", " \t\n", "Title Case", "x_y", "1x", "½", "٣"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isupper(),
          t.islower(), t.istitle(), t.isdecimal(), t.isnumeric(), t.isidentifier())
print("abc".isascii(), "é".isascii(), "ab\x07".isprintable(), "ab".isprintable())
