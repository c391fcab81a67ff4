# needs: dunder_name
class Dog:
    species = "canis"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says woof"
d = Dog("rex")
print(d.speak(), d.name, d.species, Dog.species)
print(type(d).__name__, isinstance(d, Dog), Dog.__name__)
print(Dog.speak(d))
m = d.speak
print(m())
d.name = "max"
print(m())
