print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "aaaa".replace("aa", "x"))
print("abc".replace("", "-"), "abc".replace("x", "y"), "".replace("", "z"))
print("hello".replace("l", ""), "a.b.c".replace(".", "::"), "abc".replace("b", "b", 0))
