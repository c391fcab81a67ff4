class M:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        return "radd({})".format(o)
    def __rsub__(self, o):
        return "rsub({})".format(o)
    def __rmul__(self, o):
        return "rmul({})".format(o)
    def __rtruediv__(self, o):
        return "rtruediv({})".format(o)
    def __rpow__(self, o):
        return "rpow({})".format(o)
    def __rlshift__(self, o):
        return "rlshift({})".format(o)
m = M(1)
print(1 + m, 2 - m, 3 * m, 4 / m, 5 ** m, 6 << m)
print(sum([m], 0))
class Sub(int):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(1 + Sub(2))
