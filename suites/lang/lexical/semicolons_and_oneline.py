a = 1; b = 2; c = a + b
print(a, b, c)
if c: print("one-line if")
for i in range(2): print("loop", i)
while False: pass
def f(): return "one-line def"
print(f())
class K: x = 7
print(K.x)
