# needs: dunder_name
b = b"hello"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], type(b[0]).__name__)
print(list(b), b"l" in b, 108 in b, b"ell" in b, b"" in b)
print(len(b), b + b"!", b * 2, b == b"hello", b < b"help")
try:
    b[0] = 72
except TypeError as e:
    print("TypeError:", e)
try:
    b[10]
except IndexError as e:
    print("IndexError:", e)
try:
    "s" in b
except TypeError as e:
    print("TypeError:", e)
