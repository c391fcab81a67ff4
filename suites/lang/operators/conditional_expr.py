for x in (-1, 0, 1):
    print("neg" if x < 0 else "zero" if x == 0 else "pos")
def side(v):
    print("side", v)
    return v
print(side(1) if True else side(2))
print(side(1) if False else side(2))
f = (lambda x: "even" if x % 2 == 0 else "odd")
print(f(4), f(7))
