# needs: dunder_name
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return "{}: {}".format(self.name, self.speak())
class Cat(Animal):
    def speak(self):
        return "meow"
class Kitten(Cat):
    def speak(self):
        return super().speak() + " (tiny)"
for a in (Animal("generic"), Cat("tom"), Kitten("kit")):
    print(a.describe())
print(issubclass(Kitten, Animal), issubclass(Animal, Cat))
print(isinstance(Kitten("k"), (int, Cat)))
print(Kitten.__bases__[0].__name__, Animal.__bases__[0].__name__)
