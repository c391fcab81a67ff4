class T:
    def __setitem__(self, k, v):
        print("set", k, v)
t = T()
t[1] = t[2] = "v"
x = [0, 0]
i = 0
i = x[i] = 1
print(i, x)
a = b = []
a.append(1)
print(b)
