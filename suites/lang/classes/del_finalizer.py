# __del__ runs when the last reference goes away: on del of the last name,
# for the items of a deleted list (last to first), and at shutdown.
class Res:
    def __init__(self, n):
        self.n = n
        print("open", n)

    def __del__(self):
        print("close", self.n)


a = Res(1)
b = a
del a
print("a deleted, b still refers")
del b
print("b deleted")


def scope():
    r = Res(2)
    del r
    print("in scope after del")


scope()
items = [Res(3), Res(4)]
del items
print("list deleted")
keep = Res(5)
also = Res(6)
print("end of program")
