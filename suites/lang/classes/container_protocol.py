class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
    def __setitem__(self, i, v):
        print("setitem", i, v)
    def __delitem__(self, i):
        print("delitem", i)
s = Seq(4)
print(len(s), s[2], list(s), 9 in s, 5 in s)
s[0] = "x"
del s[1]
for v in s:
    print(v, end=" ")
print()
print(list(reversed(Seq(3))))
