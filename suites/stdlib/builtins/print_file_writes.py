# print() to a file object writes each piece (items, separators, end) separately.
class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

f = Recorder()
print("a", "b", 3, file=f)
print(file=f)
print("x", sep="--", end="!", file=f)
print(1, 2, sep="", end="", file=f)
print(*[], file=f)
print(f.parts)

class NoWrite:
    pass

try:
    print("x", file=NoWrite())
except AttributeError as e:
    print(type(e).__name__, e)

class Bad:
    def __str__(self):
        raise ValueError("no str")

g = Recorder()
try:
    print("ok", Bad(), file=g)
except ValueError as e:
    print(e, g.parts)
