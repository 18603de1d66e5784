class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return self.name + " says " + self.speak()
class Dog(Animal):
    def speak(self):
        return "woof"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"
for a in (Animal("a"), Dog("d"), Puppy("p")):
    print(a.describe())
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(isinstance(Puppy("x"), Dog), isinstance(Dog("x"), Puppy))
print(Puppy.__bases__[0].__name__)
print(Dog.__base__.__name__ if hasattr(Dog, "__base__") else "Animal")
