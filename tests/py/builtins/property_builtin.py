class C:
    def __init__(self): self._v = 0
    def getv(self): return self._v
    def setv(self, v): self._v = v * 2
    def delv(self): self._v = "deleted"
    v = property(getv, setv, delv)
    ro = property(getv)
c = C()
c.v = 5
print(c.v, c.ro)
del c.v
print(c.v)
try:
    c.ro = 1
except AttributeError:
    print("AttributeError")
try:
    del c.ro
except AttributeError:
    print("AttributeError")
p = property(lambda self: 1)
print(type(p).__name__)
