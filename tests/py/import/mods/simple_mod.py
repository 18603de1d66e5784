value = 42
def greet(name):
    return "hello " + name
class Thing:
    kind = "thing"
_private = "hidden"
print("simple_mod loaded as", __name__)
