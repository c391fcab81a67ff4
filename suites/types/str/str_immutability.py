s = "abc"
t = s
s += "d"
print(s, t, s is t)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
print(s.replace("a", "z"), s)
