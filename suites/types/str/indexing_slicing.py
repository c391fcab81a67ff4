s = "abcdef"
print(s[0], s[-1], s[2:4], s[::2], s[::-1], s[-2:], s[:0])
print(s[1:100], s[100:], s[-100:1], s[4:1:-1])
for c in "hé":
    print(c, ord(c))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
