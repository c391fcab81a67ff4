def p(x):
    print("p", x)
    return x
print(p(1) + p(2) * p(3))
d = {p("k1"): p("v1"), p("k2"): p("v2")}
def f(*a, **k):
    return a, k
print(f(p("a"), p("b"), x=p("c")))
lst = [0, 0]
lst[p(0)] = p(9)
print(lst)
