def src(name, it):
    print("evaluating", name)
    return it
g = (x for x in src("gen", [1, 2]))
print("generator created")
print(list(g))
print([x + y for x in src("outer", [1]) for y in src("inner", [10, 20])])
def noisy():
    for i in range(3):
        print("yield", i)
        yield i
print([i for i in noisy() if i != 1])
