class A:
    def __init__(self):
        self.__secret = "a-secret"
        self._protected = "p"
    def reveal(self):
        return self.__secret
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = "b-secret"
b = B()
print(b.reveal(), b._protected)
print(sorted(k for k in vars(b)))
try:
    b.__secret
except AttributeError as e:
    print("AttributeError")
print(b._A__secret, b._B__secret)
