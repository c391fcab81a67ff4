class C:
    factor = 10
    values = [1, 2, 3]
    # the outermost iterable is evaluated in class scope: fine
    copied = [v for v in values]
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        scaled = "NameError: " + str(e)
    pairs = [(a, b) for a in range(2) for b in range(2)]
print(C.copied)
print(C.scaled)
print(C.pairs)
class D:
    n = 3
    items = (lambda n=n: [i * n for i in range(n)])()
print(D.items)
