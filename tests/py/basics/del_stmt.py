x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
l = [0, 1, 2, 3, 4, 5]
del l[0]
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class A: pass
o = A()
o.v = 1
del o.v
print(hasattr(o, "v"))
try:
    del o.v
except AttributeError:
    print("AttributeError")
a, b = 1, 2
del a, b
print("a" in dir())
def f():
    y = 2
    del y
    try:
        return y
    except NameError:
        return "unbound"
print(f())
