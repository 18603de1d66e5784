# descriptors written in Python: __get__/__set__/__delete__ on a class attribute; data descriptors win over the
# instance dict, non-data ones lose to it; the attribute cache must not bypass them
class Loud:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, cls):
        print("get", self.name, type(obj).__name__, cls.__name__)
        return obj.__dict__.get("_" + self.name, 0) if obj is not None else self
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__["_" + self.name] = value * 2
    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop("_" + self.name, None)

class Lazy:
    def __get__(self, obj, cls):
        return "computed"

class Host:
    x = Loud("x")
    y = Lazy()

h = Host()
for i in range(3):
    print(h.x)
    h.x = i
print(h.x, h.__dict__)
del h.x
print(h.x, h.y)
h.__dict__["x"] = "shadow"
h.__dict__["y"] = "own"
print(h.x, h.y)
del h.y
print(h.y)
