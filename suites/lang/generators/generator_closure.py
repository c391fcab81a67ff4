def make_gens():
    gens = []
    for i in range(3):
        gens.append((i * x for x in range(3)))
    return gens
print([list(g) for g in make_gens()])
def gen_factory(n):
    def g():
        for i in range(n):
            yield i
    return g
f = gen_factory(2)
print(list(f()), list(f()))
