def a(): raise ValueError("from a")
def b(): a()
def c():
    try:
        b()
    except ValueError as e:
        return "c caught " + str(e)
print(c())
def gen():
    yield 1
    raise KeyError("gen")
try:
    for x in gen():
        print(x)
except KeyError as e:
    print("KeyError", e)
try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError:
    print("ZeroDivisionError in map")
try:
    sorted([1, 2], key=lambda x: x.bad)
except AttributeError:
    print("AttributeError in key")
