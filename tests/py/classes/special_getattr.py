class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return "dyn_" + name
        raise AttributeError(name)
d = Dyn()
print(d.real, d.xyz, getattr(d, "xa"))
try:
    d.other
except AttributeError:
    print("AttributeError")
print(hasattr(d, "x1"), hasattr(d, "y1"))
class Rec:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value * 2)
r = Rec()
r.a = 1
r.b = 5
print(r.a, r.b, r.log)
class NoDel:
    def __delattr__(self, name):
        print("delattr", name)
n = NoDel()
del n.foo
