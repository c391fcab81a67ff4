s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7])
print(s[::2], s[1::3], s[::-1], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2])
print("hello"[1:4], "hello"[::-1], (1, 2, 3)[1:])
print(s[slice(1, 4)], slice(1, 4, 2))
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
t = s[:]
print(t is s, t == s)
