s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."))
print("mississippi".rstrip("ip"), repr("".strip()), "aaa".strip("a") == "")
print("prefix_body".removeprefix("prefix_"), "body".removeprefix("x"))
print("file.txt".removesuffix(".txt"), "file".removesuffix(".txt"))
