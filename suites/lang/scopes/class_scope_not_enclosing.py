x = "global x"
class C:
    x = "class x"
    def method(self):
        return x
    lam = lambda self: x
print(C().method(), C().lam())
def f():
    y = "function y"
    class D:
        y = "class y"
        def get(self):
            return y
        direct = y
    return D().get(), D.direct
print(f())
