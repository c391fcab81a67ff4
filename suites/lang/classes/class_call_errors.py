def check(fn):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
class NoInit:
    pass
class WithInit:
    def __init__(self, a):
        self.a = a
    def m(self, x):
        return x
check(lambda: NoInit(1))
check(lambda: WithInit())
check(lambda: WithInit(1, 2))
check(lambda: WithInit(1).m())
check(lambda: WithInit(1).m(1, 2))
check(lambda: WithInit.m(1))
check(lambda: WithInit(1, b=2))
class BadInit:
    def __init__(self):
        return 5
check(lambda: BadInit())
