class A:
    x = 1
a = A()
print(getattr(a, "x"), getattr(a, "y", "default"), hasattr(a, "x"), hasattr(a, "y"))
setattr(a, "y", 5)
print(a.y, getattr(a, "y"))
delattr(a, "y")
print(hasattr(a, "y"))
print(getattr([], "append").__name__ if hasattr([].append, "__name__") else "append")
print(getattr("s", "upper")(), getattr([1, 2], "count")(2))
try:
    getattr(a, "nope")
except AttributeError:
    print("AttributeError")
try:
    getattr(a, 5)
except TypeError:
    print("TypeError")
try:
    setattr(1, "x", 2)
except AttributeError:
    print("AttributeError")
try:
    delattr(a, "nope")
except AttributeError:
    print("AttributeError")
