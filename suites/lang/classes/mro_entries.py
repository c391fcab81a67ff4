# __mro_entries__ lets a non-class object stand in a class's bases.
class Base:
    def hello(self):
        return "hello from Base"


class Stand:
    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return (Base,)


stand = Stand()


class C(stand):
    pass


print([k.__name__ for k in C.__mro__], C().hello())
print(C.__orig_bases__ == (stand,), C.__bases__)


class Two:
    pass


class D(Two, stand):
    pass


print([k.__name__ for k in D.__mro__])
print("__orig_bases__" in vars(Two))
