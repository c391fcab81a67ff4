print("ab" * 0, "ab" * -2, repr("" * 5), "-" * 10)
print("aaa".count("a"), "aaa".count("aa"), "".count(""), "abc".count(""), "ababab".count("ab", 1))
print("x".join("abc") * 2, len("é" * 3))
