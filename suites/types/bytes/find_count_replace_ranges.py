# bytes/bytearray find/rfind/index/count with start/end and int needles,
# replace with a count, join and `in` error messages, str-only methods absent.
b = b"Hello, World"
print(b.rfind(b"o"), b.rfind(b"o", 0, 6), b.find(b"o", 5), b.find(b"o", 5, 7), b.find(111), b.rfind(111))
print(b.count(b"l", 5), b.index(b"o", 5), b.rindex(b"l"), b.count(108), bytearray(b"aXa").find(b"a", 1))
print(b.replace(b"l", b"L", 2), b.replace(b"l", b"", 1), bytearray(b"aaa").replace(b"a", b"b", 1))
for bad in [lambda: b.find(300), lambda: 300 in b, lambda: b.index(b"z"), lambda: b" ".join([b"a", "b"]), lambda: b.find("o")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print([hasattr(b"", n) for n in ["isidentifier", "isnumeric", "isdecimal", "isprintable", "casefold", "isascii"]])
