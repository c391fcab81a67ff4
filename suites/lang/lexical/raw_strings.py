print(r"\n\t", len(r"\n"))
print(R"a\b", r'\'', len(r'\''))
print(rb"\x00", len(rb"\x00"))
print(r"""\
x""")
print(repr(r"\\"))
